/**
 * The documents the read-side benchmark sends: what a dashboard of the pilot asks for, not a
 * minimal selection. A county page shows the unit, its catalogue and standards, disclosures and
 * their timeliness (per channel and per area), interpretations, responses, feedback, acceptance
 * and milestones; a province page the roll-ups, national vs provincial pilots, every prefecture
 * with its counties, the directly administered counties, its milestones and the overall report.
 */

export const PILOT_COUNTY = '230102'; // 道里区, a national pilot reporting through 哈尔滨市
export const PROVINCE = '230000'; // 黑龙江省

export const TRIVIAL_QUERY = '{ __typename }';

const catalogueFigures = /* GraphQL */ `
  fragment CatalogueFiguresFull on CatalogueFigures {
    itemsTotal
    items
    draft
    published
    retired
    level1Categories
    withStandard
    completeStandards
    completenessRate
    averageCompletenessScore
    revisions
    fiveOpenStages {
      stage
      items
    }
    chainStages {
      stage
      items
    }
    byMode {
      mode
      items
    }
    byLevel {
      level
      items
    }
    bySource {
      source
      items
    }
  }
`;

const timeliness = /* GraphQL */ `
  fragment Timeliness on TimelinessFigures {
    onTime
    late
    notAssessed
    onTimeRate
    averageWorkingDaysTaken
    averageWorkingDaysLate
  }
`;

const indicatorFigures = /* GraphQL */ `
  fragment IndicatorFiguresFull on IndicatorFigures {
    catalogue {
      ...CatalogueFiguresFull
    }
    disclosures {
      total
      interpreted
      responded
      timeliness {
        ...Timeliness
      }
      byChannel {
        channel
        channelName
        disclosures
        timeliness {
          ...Timeliness
        }
      }
    }
    interpretations {
      total
      onTime
      late
      onTimeRate
      byForm {
        form
        count
      }
    }
    responses {
      total
      linkedToDisclosure
      averageWorkingDaysTaken
      byChannel {
        channel
        count
      }
    }
    feedback {
      count
      averageSatisfaction
      sampleSize
      bySource {
        kind
        count
        averageSatisfaction
        sampleSize
      }
    }
  }
  ${catalogueFigures}
  ${timeliness}
`;

const areaSummary = /* GraphQL */ `
  fragment AreaSummary on AreaFigures {
    area
    areaName
    assigned
    hasPublishedCatalogue
    catalogue {
      items
      published
      completeStandards
      completenessRate
      revisions
    }
    disclosures {
      total
      timeliness {
        onTime
        late
        onTimeRate
      }
    }
    interpretations {
      total
      onTimeRate
    }
    responses {
      total
    }
    feedback {
      count
      averageSatisfaction
    }
  }
`;

const milestone = /* GraphQL */ `
  fragment MilestoneFull on MilestoneStatus {
    id
    kind
    description
    descriptionEn
    dueDate
    dueDateText
    pilotLevels
    completedBy
    state
    completedOn
    daysLate
  }
  fragment MilestoneCountsFull on MilestoneCounts {
    total
    completed
    completedLate
    pending
    overdue
    untracked
  }
`;

const acceptanceStage = /* GraphQL */ `
  fragment AcceptanceStageFull on AcceptanceStageResult {
    stage
    conducted
    attempts
    score
    passed
    findingsCount
    findings
    conductedBy
    conductedOn
  }
`;

export const COUNTY_VIEW_QUERY = /* GraphQL */ `
  query CountyDashboard($code: TenantCode!) {
    countyView(code: $code) {
      tenant
      ancestors
      name
      nameEn
      tier
      pilotLevel
      reportingParent
      geographicPrefecture
      provinceDirectlyAdministered
      assignedAreas
      areasCovered
      basis {
        position
        date
      }
      totals {
        ...IndicatorFiguresFull
      }
      byArea {
        ...AreaSummary
      }
      acceptance {
        status
        pilotLevel
        registeredOn
        areas
        selfAssessmentSubmittedOn
        openRectifications
        plan {
          version
          title
          documentNumber
          filedWith
          filedOn
        }
        pilotReport {
          title
          submittedBy
          submittedTo
          submittedOn
        }
        prefecture {
          ...AcceptanceStageFull
        }
        province {
          ...AcceptanceStageFull
        }
        rectifications {
          stage
          requestedBy
          items
          requestedOn
          dueOn
          open
        }
        completion {
          completed
          finalScore
          completedOn
        }
      }
      milestones {
        asOf
        counts {
          ...MilestoneCountsFull
        }
        milestones {
          ...MilestoneFull
        }
        overdue {
          id
          dueDate
          daysLate
        }
      }
    }
  }
  ${indicatorFigures}
  ${areaSummary}
  ${milestone}
  ${acceptanceStage}
`;

const rollupSummary = /* GraphQL */ `
  fragment AcceptanceSummaryFull on AcceptanceSummary {
    units
    registered
    planFiled
    selfAssessed
    reported
    prefectureAccepted
    prefecturePassed
    provinceAccepted
    provincePassed
    failed
    rectifying
    completed
    averageProvinceScore
  }
  fragment IndicatorHeadline on IndicatorFigures {
    catalogue {
      items
      published
      completeStandards
      completenessRate
      revisions
      fiveOpenStages {
        stage
        items
      }
    }
    disclosures {
      total
      interpreted
      responded
      timeliness {
        onTime
        late
        onTimeRate
      }
    }
    interpretations {
      total
      onTimeRate
    }
    responses {
      total
      linkedToDisclosure
    }
    feedback {
      count
      averageSatisfaction
      sampleSize
    }
  }
`;

const countyRow = /* GraphQL */ `
  fragment CountyRow on CountyComparisonRow {
    tenant
    name
    pilotLevel
    provinceDirectlyAdministered
    status
    assignedAreas
    areasCovered
    items
    publishedItems
    completeStandards
    completenessRate
    disclosures
    onTimeRate
    interpretations
    responses
    feedbackCount
    averageSatisfaction
    revisions
    prefectureAcceptanceScore
    prefectureAcceptancePassed
    provinceAcceptanceScore
    provinceAcceptancePassed
    findingsCount
    openRectifications
    completed
    overdueMilestones
  }
`;

export const PROVINCE_VIEW_QUERY = /* GraphQL */ `
  query ProvinceDashboard($code: TenantCode!) {
    provinceView(code: $code) {
      tenant
      name
      nameEn
      tier
      basis {
        position
        date
      }
      rollup {
        counties
        assignedAreas
        areasCovered
        overdueMilestones
        totals {
          ...IndicatorFiguresFull
        }
        byArea {
          ...AreaSummary
        }
        acceptance {
          ...AcceptanceSummaryFull
        }
      }
      byPilotLevel {
        pilotLevel
        counties
        assignedAreas
        areasCovered
        overdueMilestones
        totals {
          ...IndicatorHeadline
        }
        acceptance {
          ...AcceptanceSummaryFull
        }
      }
      prefectures {
        tenant
        name
        rollup {
          counties
          areasCovered
          overdueMilestones
          totals {
            ...IndicatorHeadline
          }
          acceptance {
            ...AcceptanceSummaryFull
          }
        }
        counties {
          ...CountyRow
        }
      }
      directlyAdministeredCounties {
        ...CountyRow
      }
      milestones {
        asOf
        counts {
          ...MilestoneCountsFull
        }
        milestones {
          ...MilestoneFull
        }
      }
      overallReport {
        reportId
        versions {
          version
          title
          position
          compiledOn
        }
        submitted {
          version
          position
          submittedTo
          submittedOn
        }
      }
    }
  }
  ${indicatorFigures}
  ${areaSummary}
  ${rollupSummary}
  ${countyRow}
  ${milestone}
`;

export interface BenchQuery {
  name: string;
  /** The request body, sent as is by every connection (and by the probe when `nextBody` is given). */
  body: string;
  /** Under load, a body of its own for each request (e.g. another day asked each time). */
  nextBody?: () => string;
}

export const benchQueries = (): { trivial: BenchQuery; county: BenchQuery; province: BenchQuery } => ({
  trivial: { name: '{ __typename }', body: JSON.stringify({ query: TRIVIAL_QUERY }) },
  county: {
    name: `countyView(${PILOT_COUNTY})`,
    body: JSON.stringify({ query: COUNTY_VIEW_QUERY, variables: { code: PILOT_COUNTY } }),
  },
  province: {
    name: `provinceView(${PROVINCE})`,
    body: JSON.stringify({ query: PROVINCE_VIEW_QUERY, variables: { code: PROVINCE } }),
  },
});
