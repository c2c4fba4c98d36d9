package jp.kasane.organization;

import java.util.Collection;
import java.util.List;

import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext.ActorPrincipal;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal of a signed-in staff member. Holds ids, names of staff and agency only. */
final class SignedInUser implements UserDetails, CredentialsContainer, ActorPrincipal {

	private final Actor actor;
	private final String displayName;
	private final String agencyName;
	private final boolean enabled;
	private String passwordHash;

	SignedInUser(Actor actor, String displayName, String agencyName, String passwordHash, boolean enabled) {
		this.actor = actor;
		this.displayName = displayName;
		this.agencyName = agencyName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	@Override
	public Actor actor() {
		return actor;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	@Override
	public String agencyName() {
		return agencyName;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return actor.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInUser that && that.actor.userId().equals(actor.userId());
	}

	@Override
	public int hashCode() {
		return actor.userId().hashCode();
	}

	List<String> roleNames() {
		return actor.roles().stream().map(Enum::name).toList();
	}
}
