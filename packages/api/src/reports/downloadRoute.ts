import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { authenticate } from '../auth/bearer';
import type { TokenVerifier } from '../auth/verifier';
import { ErrorCode } from '../graphql/errors/codes';
import { isUnauthenticatedError } from '../graphql/errors/unauthenticatedError';
import type { TenantHierarchy } from '../graphql/scope/tenantScope';
import { canReadTenant } from '../graphql/scope/tenantScope';
import { requestScopeOf } from '../http/correlation';
import type { ReportService } from './reportService';

const FILE = /^([0-9a-f]{64})\.([a-z]{2,4})$/;

const refuse = (res: Response, status: number, code: string, message: string): void => {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};

export interface ReportDownloadOptions {
  reports: ReportService;
  verifier: TokenVerifier;
  directory: TenantHierarchy;
  logger: Logger;
}

/**
 * `GET /reports/:tenant/:file`: a compiled report's file, under the same tenant rules as the
 * GraphQL API (a bearer token of a principal that may read the tenant). Another tenant's report is
 * as absent as one that does not exist, so no one learns what others compiled.
 */
export const reportDownloads =
  ({ reports, verifier, directory, logger }: ReportDownloadOptions): RequestHandler =>
  (req: Request, res: Response) => {
    void (async () => {
      const tenant = String(req.params.tenant);
      const file = FILE.exec(String(req.params.file));
      try {
        const principal = await authenticate(req.get('authorization'), verifier);
        if (!principal.authenticated) {
          refuse(
            res,
            401,
            ErrorCode.UNAUTHENTICATED,
            'Send Authorization: Bearer <token> to download a report.',
          );
          return;
        }
        if (!canReadTenant(principal, tenant, directory)) {
          refuse(
            res,
            403,
            ErrorCode.TENANT_FORBIDDEN,
            `Tenant ${principal.tenant} may not read reports of ${tenant}.`,
          );
          return;
        }
        const found = file ? await reports.download(tenant, file[1]!, file[2]!) : null;
        if (found === null) {
          refuse(
            res,
            404,
            ErrorCode.NOT_FOUND,
            `No report file ${String(req.params.file)} for ${tenant}; compile one with compileNationalReport.`,
          );
          return;
        }
        res
          .status(200)
          .type(found.mediaType)
          .set('Content-Disposition', `attachment; filename="${found.fileName}"`)
          .send(Buffer.from(found.body));
      } catch (error) {
        if (isUnauthenticatedError(error)) {
          refuse(res, 401, ErrorCode.UNAUTHENTICATED, error.message);
          return;
        }
        requestScopeOf(req, logger).logger.error({ err: error }, 'report download failed');
        refuse(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'The report could not be read; try again.');
      }
    })();
  };
