import type { ApplicationEvent } from './events';
import type { ApplicationState } from './state';

const withCorrectionReceived = (state: ApplicationState, receivedOn: string): ApplicationState =>
  state.correction === null ? state : { ...state, correction: { ...state.correction, receivedOn } };

const withFeePaid = (state: ApplicationState, paidOn: string): ApplicationState =>
  state.fee === null ? state : { ...state, fee: { ...state.fee, paidOn } };

/** Folds one application event into the state; personal fields are left out of the state. */
export const evolveApplication = (state: ApplicationState, event: ApplicationEvent): ApplicationState => {
  switch (event.type) {
    case 'ApplicationReceived': {
      const { applicationId, office, regulation, channel, receivedOn, applicantKind, trackingCode } =
        event.data;
      return {
        ...state,
        applicationId,
        office,
        regulation,
        channel,
        receivedOn,
        applicantKind,
        trackingCode,
      };
    }
    case 'CorrectionRequested':
      return {
        ...state,
        correction: {
          requestedOn: event.data.requestedOn,
          correctBy: event.data.correctBy,
          receivedOn: null,
        },
      };
    case 'CorrectionReceived':
      return withCorrectionReceived(state, event.data.receivedOn);
    case 'AnswerDeferredForVolume':
      return {
        ...state,
        volumeDeferral: { notifiedOn: event.data.notifiedOn, deferredTo: event.data.deferredTo },
      };
    case 'ThirdPartyConsulted': {
      const { consultationId, sentOn, replyDueOn } = event.data;
      return {
        ...state,
        consultations: [
          ...state.consultations,
          { consultationId, sentOn, replyDueOn, repliedOn: null, position: null },
        ],
      };
    }
    case 'ThirdPartyReplied':
      return {
        ...state,
        consultations: state.consultations.map((consultation) =>
          consultation.consultationId === event.data.consultationId
            ? { ...consultation, repliedOn: event.data.repliedOn, position: event.data.position }
            : consultation,
        ),
      };
    case 'ApplicationDeadlineExtended':
      return {
        ...state,
        extension: { extendedOn: event.data.extendedOn, workingDays: event.data.workingDays },
      };
    case 'ProcessingFeeNotified': {
      const { notifiedOn, method, units, amountYuan, payBy } = event.data;
      return { ...state, fee: { notifiedOn, method, units, amountYuan, payBy, paidOn: null } };
    }
    case 'ProcessingFeePaid':
      return withFeePaid(state, event.data.paidOn);
    case 'ApplicationDecided': {
      const { decidedOn, result, ground, proactivelyDisclosedAt } = event.data;
      return { ...state, decision: { decidedOn, result, ground, proactivelyDisclosedAt } };
    }
    case 'DecisionDelivered':
      return { ...state, delivery: { deliveredOn: event.data.deliveredOn, method: event.data.method } };
    case 'ReviewOrSuitFiled': {
      const { caseId, kind, filedOn } = event.data;
      return {
        ...state,
        cases: [...state.cases, { caseId, kind, filedOn, concludedOn: null, outcome: null }],
      };
    }
    case 'ReviewOrSuitConcluded':
      return {
        ...state,
        cases: state.cases.map((reviewOrSuit) =>
          reviewOrSuit.caseId === event.data.caseId
            ? { ...reviewOrSuit, concludedOn: event.data.concludedOn, outcome: event.data.outcome }
            : reviewOrSuit,
        ),
      };
  }
};
