/** The key dates as calendar files, written at build time: /dates/<notice>-<id>.ics and /dates/<notice>.ics. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { keyDateCalendars } from '../../lib/content/key-dates';
import { ruleSets } from '../../lib/rules';

export const getStaticPaths = (() => {
  // DTSTAMP is the build time: a rebuilt file is a newer version of the same events (same UIDs).
  const calendars = keyDateCalendars(ruleSets, new Date());
  return calendars.map(({ file, body }) => ({ params: { file: file.replace(/\.ics$/, '') }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
