// The limits of a consultation answer, shared by the schemas and the public form's hints.
export const POSITIONS = ["SUPPORT", "CONCERN", "PROPOSAL"] as const;
export const ANSWER_TEXT_MAX = 5000;
export const ANSWER_EVIDENCE_MAX = 10;
/** Smaller than brief attachments: a stakeholder's supporting file. */
export const ANSWER_FILE_MAX_BYTES = 10 * 1024 * 1024;
export const INVITEES_MAX = 200;
export const QUESTION_MAX = 2000;
export const SUMMARY_MAX = 10_000;
