import type { ApplicationCheck, ApplicationProfile, CatalogueRequirement, FormSnapshot, Lang } from '../../core/index';
import type { ProfileOverrides } from './storage';

/** Messages between popup, background and content script. Every type is prefixed so pages' messages never collide. */
export interface CheckRequest {
  type: 'gbt27922:check';
  lang: Lang;
  profile: ProfileOverrides;
  /**
   * A certification body's own requirement list, as core's parser returned it when the user saved it on the
   * options page (validated once there, so the content script never loads a schema library).
   */
  requirements?: CatalogueRequirement[];
}
export interface JumpRequest {
  type: 'gbt27922:jump';
  ref: string;
}
export interface PingRequest {
  type: 'gbt27922:ping';
}
/** Content script → background: the number of required documents missing on this tab. */
export interface BadgeRequest {
  type: 'gbt27922:badge';
  missing: number | null;
}
/**
 * Content script → background: check this page's scan against the requirements. The content script only scans;
 * core's check (catalogue, matching, messages) runs in the background, so it is not injected into every page.
 */
export interface AssessRequest {
  type: 'gbt27922:assess';
  snapshot: FormSnapshot;
  lang: Lang;
  profile?: ApplicationProfile;
  requirements?: CatalogueRequirement[];
}
export type AssessResponse = { ok: true; check: ApplicationCheck } | { ok: false; error: string };
export type ContentRequest = CheckRequest | JumpRequest | PingRequest;

export type CheckResponse = { ok: true; check: ApplicationCheck; url: string } | { ok: false; error: string };
export type JumpResponse = { ok: boolean };

export function isExtensionMessage(msg: unknown): msg is ContentRequest | BadgeRequest | AssessRequest {
  return (
    typeof msg === 'object' &&
    msg !== null &&
    typeof (msg as { type?: unknown }).type === 'string' &&
    (msg as { type: string }).type.startsWith('gbt27922:')
  );
}
