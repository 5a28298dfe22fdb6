// A working group's uploaded documents: what is accepted and how large. The type is read from the file's first
// bytes (the same signatures as a desk case's files), never taken from the client's claim.
import { type CaseFileType, caseFileType, caseFileTypes, safeFileName } from '../desk/files.ts';

export const groupDocumentTypes = caseFileTypes;
export type GroupDocumentType = CaseFileType;

/** 10 MiB a file (minutes, slides as PDF, drawings), 100 files a group. */
export const groupDocumentMaxBytes = 10 * 1024 * 1024;
export const groupDocumentMaxCount = 100;

export const groupDocumentType = caseFileType;
export const groupDocumentName = safeFileName;
