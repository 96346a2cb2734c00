import { INVALID_AS_OF } from '@gongkai/projections';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { authenticate } from '../auth/bearer';
import type { TokenVerifier } from '../auth/verifier';
import { ErrorCode } from '../graphql/errors/codes';
import type { TenantHierarchy } from '../graphql/scope/tenantScope';
import { canReadTenant } from '../graphql/scope/tenantScope';
import { requestScopeOf } from '../http/correlation';

/** Compiles a tenant's annual report on open government information (the platform wires @gongkai/report). */
export interface AnnualReportService {
  render(request: {
    tenant: string;
    year: number;
    format: string;
    /** The figures as they stood on a day of the year and/or at an event-store position. */
    asOf?: { date?: string; position?: number };
  }): Promise<{
    fileName: string;
    mediaType: string;
    body: Uint8Array;
    reportFormat: string;
    /** The event-store position the report reflects: asking at it again gives the same bytes. */
    position: number;
  }>;
}

const FILE = /^(\d{4})\.(docx|html|md|json)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const POSITION = /^\d{1,15}$/;

/** `?date=YYYY-MM-DD&position=N` (both optional), or the message saying what to send instead. */
const asOfOf = (query: Request['query']): { asOf?: { date?: string; position?: number } } | string => {
  const { date, position } = query;
  if (date !== undefined && (typeof date !== 'string' || !DATE.test(date)))
    return `date must be a day of the report year as YYYY-MM-DD, e.g. ?date=2021-06-30; got ${JSON.stringify(date)}.`;
  if (position !== undefined && (typeof position !== 'string' || !POSITION.test(position)))
    return `position must be an event-store position (an integer ≥ 0), e.g. the X-Gongkai-Report-Position of an earlier download; got ${JSON.stringify(position)}.`;
  const asOf = {
    ...(date === undefined ? {} : { date }),
    ...(position === undefined ? {} : { position: Number(position) }),
  };
  return Object.keys(asOf).length === 0 ? {} : { asOf };
};

const refuse = (res: Response, status: number, code: string, message: string): void => {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};

/**
 * `GET /reports/:tenant/annual/:year.:format[?date=YYYY-MM-DD][&position=N]`: the tenant's annual
 * report (政府信息公开工作年度报告) of that year, compiled from the live views (or as of a day of the
 * year and/or an event-store position), under the same tenant rules as the GraphQL API. The
 * `X-Gongkai-Report-Format` header says which format (2019 or 2021) was used, and
 * `X-Gongkai-Report-Position` the position it reflects: asked again at it, the bytes are the same.
 */
export const annualReportDownloads =
  (options: {
    reports: AnnualReportService;
    verifier: TokenVerifier;
    directory: TenantHierarchy;
    logger: Logger;
  }): RequestHandler =>
  (req: Request, res: Response) => {
    void (async () => {
      const tenant = String(req.params.tenant);
      const file = FILE.exec(String(req.params.file));
      try {
        const principal = await authenticate(req.get('authorization'), options.verifier);
        if (!principal.authenticated) {
          refuse(
            res,
            401,
            ErrorCode.UNAUTHENTICATED,
            'Send Authorization: Bearer <token> to download a report.',
          );
          return;
        }
        if (!canReadTenant(principal, tenant, options.directory)) {
          refuse(
            res,
            403,
            ErrorCode.TENANT_FORBIDDEN,
            `Tenant ${principal.tenant} may not read reports of ${tenant}.`,
          );
          return;
        }
        if (file === null) {
          refuse(
            res,
            404,
            ErrorCode.NOT_FOUND,
            `No annual report ${String(req.params.file)}: ask for <year>.<docx|html|md|json>, e.g. 2021.docx.`,
          );
          return;
        }
        const asOf = asOfOf(req.query);
        if (typeof asOf === 'string') {
          refuse(res, 400, INVALID_AS_OF, asOf);
          return;
        }
        const found = await options.reports.render({
          tenant,
          year: Number(file[1]),
          format: file[2]!,
          ...asOf,
        });
        res
          .status(200)
          .type(found.mediaType)
          .set('Content-Disposition', `attachment; filename="${encodeURIComponent(found.fileName)}"`)
          .set('X-Gongkai-Report-Format', found.reportFormat)
          .set('X-Gongkai-Report-Position', String(found.position))
          .send(Buffer.from(found.body));
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
          refuse(res, 400, code, (error as Error).message);
          return;
        }
        requestScopeOf(req, options.logger).logger.error({ err: error }, 'annual report failed');
        refuse(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'The report could not be compiled; try again.');
      }
    })();
  };
