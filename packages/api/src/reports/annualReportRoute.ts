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
  }): Promise<{ fileName: string; mediaType: string; body: Uint8Array; reportFormat: string }>;
}

const FILE = /^(\d{4})\.(docx|html|md|json)$/;

const refuse = (res: Response, status: number, code: string, message: string): void => {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};

/**
 * `GET /reports/:tenant/annual/:year.:format`: the tenant's annual report (政府信息公开工作年度报告)
 * of that year, compiled from the live views, under the same tenant rules as the GraphQL API. The
 * `X-Gongkai-Report-Format` header says which format (2019 or 2021) was used.
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
        const found = await options.reports.render({ tenant, year: Number(file[1]), format: file[2]! });
        res
          .status(200)
          .type(found.mediaType)
          .set('Content-Disposition', `attachment; filename="${encodeURIComponent(found.fileName)}"`)
          .set('X-Gongkai-Report-Format', found.reportFormat)
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
