-- 包括的相談支援: consultations at any agency, the 課題 taxonomy, and referrals (つなぎ) between agencies.
CREATE TABLE issue_tag (
	code  text PRIMARY KEY,
	label text NOT NULL,
	sort  integer NOT NULL
);
INSERT INTO issue_tag (code, label, sort) VALUES
	('8050', '8050', 10), ('DOUBLE_CARE', 'ダブルケア', 20), ('HIKIKOMORI', 'ひきこもり', 30),
	('SELF_NEGLECT', 'ごみ屋敷・セルフネグレクト', 40), ('POVERTY', '経済的困窮', 50), ('SUSPECTED_DISABILITY', '障害の疑い', 60),
	('DEMENTIA', '認知症', 70), ('ABUSE_DV', '虐待・DV', 80), ('SCHOOL_REFUSAL', '不登校', 90),
	('YOUNG_CARER', 'ヤングケアラー', 100), ('HOUSING', '住まい', 110), ('EMPLOYMENT', '就労', 120),
	('ISOLATION', '社会的孤立', 130), ('MENTAL_HEALTH', '精神保健', 140), ('MULTIPLE_DEBT', '多重債務', 150);
GRANT SELECT ON issue_tag TO kasane_app;
REVOKE INSERT, UPDATE, DELETE ON issue_tag FROM kasane_app;

CREATE TABLE consultation (
	tenant_id    uuid NOT NULL REFERENCES tenant (id),
	id           uuid NOT NULL,
	agency_id    uuid NOT NULL,
	received_on  date NOT NULL,
	channel      text NOT NULL,
	consulter    text NOT NULL,
	person_id    uuid NOT NULL,
	household_id uuid,
	tags         text[] NOT NULL DEFAULT '{}',
	notes        text,
	sensitive    boolean NOT NULL DEFAULT false,
	outcome      text NOT NULL,
	recorded_by  uuid NOT NULL,
	created_at   timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (tenant_id, id),
	FOREIGN KEY (tenant_id, agency_id) REFERENCES agency (tenant_id, id),
	FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id)
);
CREATE INDEX consultation_person ON consultation (tenant_id, person_id, received_on);
CREATE INDEX consultation_agency ON consultation (tenant_id, agency_id, received_on);

CREATE TABLE referral (
	tenant_id       uuid NOT NULL REFERENCES tenant (id),
	id              uuid NOT NULL,
	consultation_id uuid,
	person_id       uuid NOT NULL,
	from_agency     uuid NOT NULL,
	to_agency       uuid NOT NULL,
	status          text NOT NULL CHECK (status IN ('REQUESTED', 'ACCEPTED', 'RETURNED', 'IN_PROGRESS', 'COMPLETED')),
	request_note    text,
	return_reason   text,
	consent_id      uuid NOT NULL,
	requested_on    date NOT NULL,
	updated_at      timestamptz NOT NULL DEFAULT now(),
	version         integer NOT NULL DEFAULT 0,
	PRIMARY KEY (tenant_id, id),
	FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id),
	FOREIGN KEY (tenant_id, from_agency) REFERENCES agency (tenant_id, id),
	FOREIGN KEY (tenant_id, to_agency) REFERENCES agency (tenant_id, id)
);
CREATE INDEX referral_to ON referral (tenant_id, to_agency, status);
CREATE INDEX referral_from ON referral (tenant_id, from_agency, status);

SELECT isolate_by_tenant('consultation', 'referral');
