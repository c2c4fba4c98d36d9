package jp.kasane.outreach;

/**
 * The stage of the relationship with the person (関係性の段階). Work moves forward over months or
 * years and may move back (e.g. contact lost again); every change is recorded with its reason.
 */
public enum Stage {
	/** 把握: the person is known, no contact yet. */
	KNOWN("把握"),
	/** 接触: the worker has reached the person at least once. */
	CONTACTED("接触"),
	/** 関係形成: a relationship of trust is forming (関係性構築). */
	RELATIONSHIP("関係形成"),
	/** 相談につながる: the person consults and has consented. */
	CONSULTING("相談につながる"),
	/** 支援へ: the person is in support (a 多機関協働 case). */
	SUPPORT("支援へ");

	private final String label;

	Stage(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
