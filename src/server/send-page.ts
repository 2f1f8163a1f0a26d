/** @module Sending a rendered page: the one way every page router answers with HTML. */
import type { Response } from 'express';
import type { SafeHtml } from './views/html.js';

/** A rendered page as the HTML response, with its status. */
export function sendPage(res: Response, status: number, page: SafeHtml): void {
  res.status(status).type('html').send(page.value);
}
