/**
 * @module The batch lookup page: GET /batch (the form) and POST /batch (a form post: the answers
 * as a table, or the API's CSV with format=csv). Refused input renders the page with the message
 * and status 400, keeping what was typed; an unavailable engine renders it with a notice (503).
 */
import express, { type RequestHandler, type Response, type Router } from 'express';
import { EngineError, InputError } from '../errors.js';
import { MAX_BATCH_BODY_BYTES, uncachedService } from './api/batch.js';
import { linesFromText } from './batch/input.js';
import { BatchLookup } from './batch/lookup.js';
import { batchCsv, CSV_FILE_NAME, CSV_TYPE } from './batch/table.js';
import { describeError } from './error-middleware.js';
import { sendPage } from './send-page.js';
import type { AppDeps } from './deps.js';
import { batchPage, type BatchPageModel } from './views/batch-page.js';

export function batchPageRoutes(router: Router, deps: AppDeps): void {
  const lookup = new BatchLookup(uncachedService(deps));

  router.get('/batch', (_req, res) => {
    sendBatchPage(res, 200, { text: '', answers: null });
  });

  // a form has two fields: the text area and the button pressed
  const form = express.urlencoded({ extended: false, limit: MAX_BATCH_BODY_BYTES, parameterLimit: 10 });
  router.post('/batch', form, (async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const text = typeof body.lines === 'string' ? body.lines : '';
    try {
      const answers = await lookup.run(linesFromText(text));
      if (body.format === 'csv') {
        res.type(CSV_TYPE).attachment(CSV_FILE_NAME).send(batchCsv(answers));
        return;
      }
      sendBatchPage(res, 200, { text, answers });
    } catch (err) {
      if (!(err instanceof InputError || err instanceof EngineError)) throw err;
      const { status, body: error } = describeError(err);
      sendBatchPage(res, status, { text, answers: null, problem: error.error.message });
    }
  }) as RequestHandler);
}

function sendBatchPage(res: Response, status: number, model: BatchPageModel): void {
  sendPage(res, status, batchPage(model));
}
