import type { ModelParameters } from '../matchModel.js';

/**
 * The match model's parameters: the shape features' log2(m/u), the intercept, the m of platform and age
 * (how pupils present; u comes from each audit's lists) and the typical name shares. Written by
 * `npm run fit` (scripts/fit-model.mjs): do not edit by hand, refit.
 * Constrained, not free: names.both, names.handle, leet.yes, middle.yes may not weigh against the pupil (a handle that repeats the
 * name repeats the evidence; how often the bench's adults carry one is the generator's choice,
 * not a fact about accounts); merged into the baseline here: names.both.
 * Pairs counted per level (true, other): {"fore":{"fullForm":[0,46],"initial":[130,43],"legal":[1437,268],"nickname":[88,48],"none":[147,127],"preferred":[71,13],"sharedForm":[4,21],"soundsLike":[15,24],"typo":[82,17],"variant":[39,10]},"sur":{"full":[1703,458],"initial":[0,4],"none":[147,127],"part":[136,23],"pet":[3,0],"typo":[24,5]},"order":{"asWritten":[1857,563],"orderInDoubt":[0,1],"surnameFirst":[156,53]},"middle":{"no":[1939,617],"yes":[74,0]},"unexplained":{"0":[2013,602],"1":[0,14],"2+":[0,1]},"names":{"both":[351,117],"display":[1241,345],"handle":[421,155]},"digits":{"dob":[248,86],"none":[843,251],"olderTwoDigit":[46,41],"otherNumber":[802,191],"yearGroup":[74,48]},"age":{"age13up":[325,66],"age4to7":[298,122],"age8to12":[1088,187],"under4":[0,127],"unknown":[302,115]},"adultWords":{"no":[2013,577],"yes":[0,40]},"platform":{"facebook":[233,161],"instagram":[642,121],"linkedin":[0,79],"snapchat":[433,72],"tiktok":[489,114],"x":[216,70]},"staffSurname":{"no":[2003,608],"yes":[10,9]},"leet":{"no":[1955,616],"yes":[58,1]},"sameName":{"alone":[1104,177],"none":[668,355],"one":[198,62],"several":[43,23]},"stage":{"older":[1663,582],"young":[350,35]},"underPlatform":{"no":[2013,558],"yes":[0,59]}}
 */
export const MODEL_PARAMETERS: ModelParameters = {
  source:
    "fitted by scripts/fit-model.mjs on the bench's secondary 101, secondary 102, infant 101, infant 102 (2013 true pairs, 617 others); checked on secondary seed 103",
  intercept: -6.84,
  accountsPerPupil: 0.543,
  typicalPopulation: 16904,
  weights: {
    fore: {
      fullForm: -4.17,
      initial: -0.67,
      legal: 3.75,
      nickname: 1.11,
      none: -1.05,
      preferred: 1.92,
      sharedForm: -1.19,
      soundsLike: -1.22,
      typo: 0.47,
      variant: 1.05,
    },
    sur: {
      full: 3.83,
      initial: -2.43,
      none: 0,
      part: 1.53,
      pet: 2.34,
      typo: 1.03,
    },
    order: {
      asWritten: 0,
      orderInDoubt: -0.44,
      surnameFirst: -0.89,
    },
    middle: {
      no: 0,
      yes: 3.24,
    },
    unexplained: {
      '0': 0,
      '1': -6.78,
      '2+': -3.5,
    },
    names: {
      both: 0,
      display: 0,
      handle: 0.87,
    },
    digits: {
      dob: 1.31,
      none: 0,
      olderTwoDigit: -3.09,
      otherNumber: -0.39,
      yearGroup: 1.2,
    },
    adultWords: {
      no: 0,
      yes: -11.9,
    },
    staffSurname: {
      no: 0,
      yes: -0.41,
    },
    leet: {
      no: 0,
      yes: 3.01,
    },
  },
  typicalForename: 0.000453,
  typicalSurname: 0.0016,
  presentation: {
    platform: {
      facebook: 0.116,
      instagram: 0.319,
      snapchat: 0.215,
      tiktok: 0.243,
      x: 0.107,
    },
    age: {
      young: {
        age4to7: 0.85,
        unknown: 0.15,
      },
      older: {
        age13up: 0.196,
        age8to12: 0.654,
        unknown: 0.15,
      },
    },
  },
};
