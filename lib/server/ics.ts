// iCalendar (RFC 5545) output for sessions and follow-up due dates: UTC times, escaped text,
// lines folded at 75 octets, CRLF line ends. One writer for the calendar feed, the .ics
// download and the invitations emails carry (RFC 5546 METHOD REQUEST / CANCEL).
import { isoDateOf } from "@/lib/time/clock";

export interface IcsPerson {
  email: string;
  name?: string;
}

export interface IcsEvent {
  uid: string;
  start: Date;
  end?: Date;
  /** An all-day event on a calendar date (a due date). */
  allDay?: boolean;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  updated: Date;
  /** Invitations: the revision (clients keep the highest), status, organizer and attendees. */
  sequence?: number;
  status?: "CONFIRMED" | "CANCELLED";
  organizer?: IcsPerson;
  attendees?: IcsPerson[];
}

export type InvitationMethod = "REQUEST" | "CANCEL";

const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
const day = (d: Date) => isoDateOf(d).replace(/-/g, "");
const escapeText = (text: string) =>
  text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
// A parameter value (CN) is quoted; it may hold no double quote and no control character.
const paramValue = (text: string) => `"${text.replace(/["\p{Cc}]/gu, "")}"`;

/** Folds a content line at 75 octets without splitting a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = "";
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > (out.length ? 74 : 75)) {
      out.push(current);
      current = "";
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

function person(property: string, p: IcsPerson, params: string[] = []): string {
  const cn = p.name ? [`CN=${paramValue(p.name)}`] : [];
  return `${[property, ...cn, ...params].join(";")}:mailto:${p.email}`;
}

function eventLines(e: IcsEvent): string[] {
  const lines = ["BEGIN:VEVENT", `UID:${e.uid}`, `DTSTAMP:${stamp(e.updated)}`];
  if (e.sequence !== undefined) lines.push(`SEQUENCE:${e.sequence}`);
  if (e.allDay) {
    const next = new Date(e.start.getTime() + 86_400_000);
    lines.push(`DTSTART;VALUE=DATE:${day(e.start)}`, `DTEND;VALUE=DATE:${day(next)}`);
  } else {
    lines.push(`DTSTART:${stamp(e.start)}`, `DTEND:${stamp(e.end ?? e.start)}`);
  }
  lines.push(`SUMMARY:${escapeText(e.summary)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.url) lines.push(`URL:${e.url}`);
  if (e.status) lines.push(`STATUS:${e.status}`);
  if (e.organizer) lines.push(person("ORGANIZER", e.organizer));
  for (const a of e.attendees ?? [])
    lines.push(person("ATTENDEE", a, ["ROLE=REQ-PARTICIPANT", "PARTSTAT=NEEDS-ACTION", "RSVP=FALSE"]));
  lines.push("END:VEVENT");
  return lines;
}

function calendar(head: string[], events: IcsEvent[]): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Accord//Committees//EN", "CALSCALE:GREGORIAN", ...head];
  for (const e of events) lines.push(...eventLines(e));
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}

export function toIcs(events: IcsEvent[], calendarName: string): string {
  return calendar([`X-WR-CALNAME:${escapeText(calendarName)}`], events);
}

/** An invitation (or its cancellation) for one event, as an email carries it (text/calendar). */
export function toInvitation(event: IcsEvent, method: InvitationMethod): string {
  return calendar([`METHOD:${method}`], [event]);
}

/** A session's UID: the same in every invitation, the feed and the download, so calendars
 * update one event; the host keeps it unique across installations. */
export function sessionUid(sessionId: string, baseUrl: string): string {
  let host = "accord";
  try {
    host = new URL(baseUrl).hostname || host;
  } catch {}
  return `session-${sessionId}@${host}`;
}

/** "Accord <no-reply@example.org>" → { name: "Accord", email: "no-reply@example.org" }. */
export function mailbox(address: string): IcsPerson {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(address);
  if (!match) return { email: address.trim() };
  return match[1] ? { name: match[1], email: match[2].trim() } : { email: match[2].trim() };
}
