import "server-only";
// Word and PDF copies of the minutes, the pre-session pack and a bulletin. The download routes
// fetch with the same data functions as the pages (so the reader's scope applies and an
// out-of-scope id is a 404 before anything is written), build one ExportDocument and render it.
import { getOwnInstitution } from "@/lib/institutions/service";
import type { Actor } from "@/lib/server/actor";
import { type BulletinSource, bulletinDocument } from "./bulletin";
import { type ExportDocument, fileStem } from "./document";
import { renderDocx } from "./docx";
import type { Reader } from "./format";
import { type MinutesSource, minutesDocument } from "./minutes";
import { type PackSource, packDocument } from "./pack";
import { renderPdf } from "./pdf";
import type { ExportFormat } from "./schemas";

export type { BulletinSource, MinutesSource, PackSource, Reader };

const TYPES: Record<ExportFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

/** Who the copy is for: the header names their institution (or `fallback`, e.g. an operator's workspace). */
export async function readerOf(actor: Actor, fallback: string): Promise<Reader> {
  const institution = await getOwnInstitution(actor);
  return { name: actor.name, locale: actor.locale, institution: institution?.name ?? fallback };
}

export interface ExportFile {
  body: Uint8Array | ReadableStream<Uint8Array>;
  type: string;
  fileName: string;
}

export async function renderExport(doc: ExportDocument, format: ExportFormat, stem: string): Promise<ExportFile> {
  const fileName = `${fileStem(stem)}.${format}`;
  // A PDF streams as pdfkit writes it; a Word file is a zip, finished before it is sent.
  const body = format === "pdf" ? renderPdf(doc) : new Uint8Array(await renderDocx(doc));
  return { body, type: TYPES[format], fileName };
}

export const exportMinutes = async (source: MinutesSource, reader: Reader, format: ExportFormat) =>
  renderExport(await minutesDocument(source, reader), format, `minutes ${source.session.title}`);

export const exportPack = async (source: PackSource, reader: Reader, format: ExportFormat) =>
  renderExport(await packDocument(source, reader), format, `pack ${source.session.title}`);

export const exportBulletin = async (source: BulletinSource, reader: Reader, format: ExportFormat) =>
  renderExport(
    await bulletinDocument(source, reader),
    format,
    `${source.seriesName || source.title} ${source.year}-${source.numberInYear}`,
  );
