// The two evaluation sizes. Default seeds are fixed and must not be tuned on: vary with --seed.

export const DEFAULT_DATE = '2026-11-30';

export const SIZES = {
  school: {
    seed: 'held-out-school-1',
    secondary: { count: 1, pupils: 1000 },
    primary: { count: 0, pupils: 0 },
    staffPerPupil: 0.1,
    connectionsPerStaff: 270,
    pupilPlantsPerStaff: 2.2,
    adultTrapsPerStaff: 2.2,
    otherSchoolPerStaff: 0,
    exemptionsPerSchool: 3,
  },
  trust: {
    seed: 'held-out-trust-1',
    secondary: { count: 14, pupils: 2800 },
    primary: { count: 22, pupils: 490 },
    staffPerPupil: 0.08,
    connectionsPerStaff: 250,
    pupilPlantsPerStaff: 1.2,
    adultTrapsPerStaff: 1.5,
    otherSchoolPerStaff: 0.12,
    exemptionsPerSchool: 2,
  },
  // A few hundred connections, for tests of the evaluation itself.
  tiny: {
    seed: 'held-out-tiny-1',
    secondary: { count: 1, pupils: 120 },
    primary: { count: 1, pupils: 60 },
    staffPerPupil: 0.06,
    connectionsPerStaff: 40,
    pupilPlantsPerStaff: 2,
    adultTrapsPerStaff: 2,
    otherSchoolPerStaff: 0.5,
    exemptionsPerSchool: 1,
  },
};
