import type { LegalBasisRef } from '@gongkai/domain';
import type { CatalogueItemViewStatus, TimelinessState } from '@gongkai/projections';

// Unions the domain and the views name only as types; `everyMemberOf` checks the lists against them.
export type LegalBasisKind = NonNullable<LegalBasisRef['kind']>;
export type { CatalogueItemViewStatus, TimelinessState };
