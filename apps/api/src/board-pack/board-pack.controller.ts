import { type ArgumentsHost, Catch, Controller, type ExceptionFilter, Get, Inject, Logger, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { InvalidInputError, NotFoundError, parseQuarter } from '@saferplan/domain';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { ReadScopes } from '../graphql/read-scopes';
import { EVENT_STORE } from '@saferplan/config/tokens';
import { classifyError, type ErrorCode } from '../graphql/error-codes';
import { buildBoardPack } from '@saferplan/reports/board-pack.model';
import { boardPackXlsx } from '@saferplan/reports/board-pack.xlsx';
import { boardPackHtml } from '@saferplan/reports/board-pack.html';
import { boardPackPdf } from '@saferplan/reports/board-pack.pdf';
import { TreeHeadService } from '../common/tree-head.service';
import { decideNestedRead } from '../auth/access-policy';
import { requirePrincipal } from '../auth/request-auth';

const FORMATS = {
  html: 'text/html; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;
type Format = keyof typeof FORMATS;

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RECORD_BUSY: 503,
  STORAGE_FULL: 503,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
};

/** Errors of these routes in the GraphQL shape (same codes, same classifier), so clients handle one format. */
@Catch()
export class BoardPackErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('BoardPack');

  catch(exception: unknown, host: ArgumentsHost): void {
    const classified = classifyError(exception);
    if (classified.code === 'INTERNAL_SERVER_ERROR') {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    const extensions = { code: classified.code, ...(classified.field ? { field: classified.field } : {}) };
    void host
      .switchToHttp()
      .getResponse<FastifyReply>()
      .status(STATUS_BY_CODE[classified.code])
      .header('content-type', 'application/json; charset=utf-8')
      .send({ errors: [{ message: classified.message, extensions }] });
  }
}

function asOfOf(text: string | undefined): Date | null {
  if (text === undefined || text === '') return null;
  const asOf = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(asOf.getTime())) {
    throw new InvalidInputError('asOf', 'asOf must be an ISO-8601 date and time, e.g. 2018-09-04T10:00:00Z');
  }
  return asOf;
}

/**
 * GET /board-packs/:partnershipId?quarter=2017/18%20Q2&format=xlsx|html|pdf&asOf=...
 * A county strategy board's id gives the county pack (the board and every partnership with a plan
 * that year). With asOf the pack is exactly what was recorded at that moment.
 */
@Controller('board-packs')
@UseFilters(BoardPackErrorFilter)
export class BoardPackController {
  constructor(
    private readonly readScopes: ReadScopes,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly treeHeads: TreeHeadService,
  ) {}

  @Get(':partnershipId')
  async boardPack(
    @Param('partnershipId') partnershipId: string,
    @Query('quarter') quarterText: string | undefined,
    @Query('format') formatText: string | undefined,
    @Query('asOf') asOfText: string | undefined,
    @Req() request: unknown,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (quarterText === undefined) throw new InvalidInputError('quarter', 'quarter is required, e.g. ?quarter=2017/18%20Q2');
    const quarter = parseQuarter(quarterText, 'quarter');
    const format = (formatText ?? 'html') as Format;
    if (!Object.hasOwn(FORMATS, format)) throw new InvalidInputError('format', 'format must be xlsx, html or pdf');
    const scope = await this.readScopes.resolve(asOfOf(asOfText));
    const partnership = scope.queries.partnership(partnershipId);
    if (!partnership) throw new NotFoundError('Partnership', partnershipId);
    const principal = requirePrincipal(request);
    // A county pack holds every district's section: each shows its actions only to a reader the
    // access table lets read them, as Priority.actions does in GraphQL.
    const mayReadDetails = (id: string) => decideNestedRead('Priority.actions', principal, id).allowed;
    const treeHead = { ...(await this.treeHeads.treeHead()), publicKey: this.treeHeads.publicKey };
    const pack = await buildBoardPack(scope, partnership, quarter, this.store, treeHead, mayReadDetails);
    const body = format === 'xlsx' ? await boardPackXlsx(pack) : format === 'pdf' ? await boardPackPdf(pack) : boardPackHtml(pack);
    const fileName = `board-pack-${partnership.name}-${quarter}`.replace(/[^A-Za-z0-9-]+/g, '-').toLowerCase();
    await reply
      .header('content-type', FORMATS[format])
      .header('content-disposition', `${format === 'html' ? 'inline' : 'attachment'}; filename="${fileName}.${format}"`)
      .send(body);
  }
}
