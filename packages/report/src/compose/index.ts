import type { Block, ReportDocument } from '../document';
import { chineseDate, count } from '../document';
import type { ReportFigures } from '../figures';
import { acceptance } from './acceptance';
import { annexes } from './annexes';
import { acceptanceStanding, shortDate } from './facts';
import { assessment } from './assessment';
import { numberFigures, p } from './blocks';
import { nextSteps } from './nextSteps';
import { officialForm } from './officialForm';
import { overview } from './overview';
import { results } from './results';
import { difficulties, practices, suggestions } from './synthesis';

const CHAPTERS = [overview, practices, results, acceptance, assessment, difficulties, suggestions, nextSteps];

const PLAN = '《国务院办公厅关于印发开展基层政务公开标准化规范化试点工作方案的通知》（国办发〔2017〕42号）';

/** What the province's acceptance has come to, in one sentence built from the figures. */
const acceptanceClause = (figures: ReportFigures): string => {
  const standing = acceptanceStanding(figures);
  const total = figures.units.length;
  if (standing.notYet.length === total) return '省级验收尚未开展。';
  const period =
    standing.from === standing.to
      ? `于${chineseDate(standing.from)}`
      : `于${chineseDate(standing.from)}至${shortDate(standing.to ?? '', (standing.from ?? '').slice(0, 4))}`;
  const again =
    standing.passedAfterRectification.length > 0
      ? `（其中${standing.passedAfterRectification.map((unit) => unit.name).join('、')}经整改后重新验收通过）`
      : '';
  const passed =
    standing.passed.length === total
      ? `${count(total)}个试点单位全部通过验收${again}`
      : `${count(standing.passed.length)}个试点单位通过验收${again}`;
  const rest = [
    standing.rectifying.length > 0 ? `${count(standing.rectifying.length)}个正在整改` : '',
    standing.failed.length > 0 ? `${count(standing.failed.length)}个未通过验收` : '',
    standing.notYet.length > 0 ? `${count(standing.notYet.length)}个尚未开展省级验收` : '',
  ].filter((part) => part !== '');
  return `省政府办公厅${period}组织开展了省级验收，${passed}${rest.length > 0 ? `，${rest.join('，')}` : ''}。`;
};

interface Heading {
  title: string;
  recipient: string;
  issuer: string;
  opening: string;
}

const heading = (figures: ReportFigures): Heading => {
  const province = figures.province.name;
  const office = `${province}人民政府办公厅`;
  const asOf = `截至${chineseDate(figures.date)}`;
  switch (figures.kind) {
    case 'august':
      return {
        title: `${office}关于基层政务公开标准化规范化国家级试点工作情况的报告`,
        recipient: '国务院办公厅',
        issuer: office,
        opening: `根据${PLAN}要求，我省${count(figures.units.length)}个国家级试点单位围绕试点任务开展了为期一年的试点工作。${acceptanceClause(figures)}现将${asOf}国家级试点工作情况报告如下。`,
      };
    case 'provincial-summary':
      return {
        title: `${province}基层政务公开标准化规范化省级试点工作总结报告`,
        recipient: `${province}人民政府`,
        issuer: office,
        opening: `按照${PLAN}和我省试点实施方案的部署，${count(figures.units.length)}个省级试点单位开展了试点工作。${acceptanceClause(figures)}为在全省推广试点经验做好准备，现将${asOf}省级试点工作情况总结如下。`,
      };
    case 'unit': {
      const unit = figures.units[0];
      const name = unit?.name ?? '';
      const submitter = unit?.prefecture ? `${unit.prefecture.name}人民政府` : `${name}人民政府`;
      return {
        title: `${submitter}关于${name}基层政务公开标准化规范化试点工作情况的报告`,
        recipient: office,
        issuer: submitter,
        opening: `根据${PLAN}和我省试点实施方案要求，${name}承担${(unit?.assignedAreas ?? []).map((area) => area.areaName).join('、')}等${count(unit?.assignedAreas.length ?? 0)}个领域的试点任务。现将${asOf}试点工作情况报告如下。`,
      };
    }
  }
};

/** The report laid out: heading, opening paragraph, the outline's chapters, closing. */
export const composeReport = (
  figures: ReportFigures,
  options: { documentNumber?: string; signer?: string } = {},
): ReportDocument => {
  const { title, recipient, issuer, opening } = heading(figures);
  const body: Block[] = CHAPTERS.flatMap((chapter, index) => chapter(figures, index + 1));
  return {
    kind: figures.kind,
    title,
    recipient,
    issuer,
    date: figures.date,
    position: figures.position,
    blocks: numberFigures([p(opening), ...body, p('特此报告。')]),
    annexes: annexes(figures),
    form: officialForm(figures, title, issuer, options),
  };
};
