import type { IsoDate } from '../calendar/types';
import type { MessageOfType } from '../primitives';
import type { PilotProgrammeEvent } from './events';

export type ProgrammePlan = Omit<MessageOfType<PilotProgrammeEvent, 'ProgrammePlanFiled'>['data'], 'organ'>;
export type ProvincialPilotsSummary = Omit<
  MessageOfType<PilotProgrammeEvent, 'ProvincialPilotsSummarised'>['data'],
  'province'
>;

export interface PilotProgrammeState {
  /** The latest filing of the organ's own plan; `version` counts filings. */
  plan: ProgrammePlan | null;
  planFirstFiledOn: IsoDate | null;
  summary: ProvincialPilotsSummary | null;
}

export const initialPilotProgrammeState = (): PilotProgrammeState => ({
  plan: null,
  planFirstFiledOn: null,
  summary: null,
});

/** Folds one programme event into the state. */
export const evolvePilotProgramme = (
  state: PilotProgrammeState,
  event: PilotProgrammeEvent,
): PilotProgrammeState => {
  switch (event.type) {
    case 'ProgrammePlanFiled': {
      const { organ: _organ, ...plan } = event.data;
      return { ...state, plan, planFirstFiledOn: state.planFirstFiledOn ?? plan.filedOn };
    }
    case 'ProvincialPilotsSummarised': {
      const { province: _province, ...summary } = event.data;
      return { ...state, summary };
    }
  }
};
