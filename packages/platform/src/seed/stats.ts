import type { IsoDate } from '@gongkai/domain';
import type { SeedStep } from './steps';

/** What a unit's catalogue holds as of a date: the figures its self-assessment quotes. */
export class UnitStats {
  drafted = 0;
  published = 0;
  revised = 0;
  retired = 0;
  disclosures = 0;
  onTime = 0;
  late = 0;
  interpretations = 0;
  responses = 0;
  feedback = 0;
  #satisfactionSum = 0;

  constructor(readonly asOf: IsoDate) {}

  /** Counts a step of the unit's catalogue if it happened by `asOf`. */
  record(step: SeedStep): void {
    if (step.on > this.asOf) return;
    const { command } = step;
    switch (command.type) {
      case 'DraftCatalogueItem':
        this.drafted++;
        break;
      case 'PublishCatalogueItem':
        this.published++;
        break;
      case 'ReviseStandard':
        this.revised++;
        break;
      case 'RetireCatalogueItem':
        this.retired++;
        break;
      case 'PublishDisclosure':
        this.disclosures++;
        if (step.timely === true) this.onTime++;
        if (step.timely === false) this.late++;
        break;
      case 'PublishInterpretation':
        this.interpretations++;
        break;
      case 'RespondToConcern':
        this.responses++;
        break;
      case 'RecordPublicFeedback':
        this.feedback++;
        this.#satisfactionSum += command.data.satisfaction;
        break;
      default:
        break;
    }
  }

  /** Share of disclosures with a deadline that met it, in percent (100 when none had one). */
  get onTimeRate(): number {
    const judged = this.onTime + this.late;
    return judged === 0 ? 100 : Math.round((this.onTime / judged) * 1000) / 10;
  }

  get meanSatisfaction(): number {
    return this.feedback === 0 ? 0 : Math.round((this.#satisfactionSum / this.feedback) * 100) / 100;
  }
}
