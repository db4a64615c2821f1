import type { ModelParameters } from '../matchModel.js';

/**
 * The match model's parameters: the shape features' log2(m/u), the intercept, the m of platform and age
 * (how pupils present; u comes from each audit's lists) and the typical name shares. Written by
 * `npm run fit` (scripts/fit-model.mjs): do not edit by hand, refit.
 * Constrained, not free: names.both, names.handle, leet.yes, middle.yes may not weigh against the pupil (a handle that repeats the
 * name repeats the evidence; how often the bench's adults carry one is the generator's choice,
 * not a fact about accounts); merged into the baseline here: names.both.
 * Ordered, never rising along: unexplained 0 < 1 < 2+; pooled here: none.
 * Never seen in the fit sets, weighed as the level named: sur.preferred as sur.full.
 * Refitted alone, every other parameter held as in use: sur.initial (generator 27), then digits.age (generator 28), then (generator 45; the pairs below are this refit's) adultWords.hobby; and (generator 44, recall45: 74 true pairs, 26 others) digits.yearGroupMarked.
 * Pairs counted per level (true, other): {"fore":{"fullForm":[0,55],"initial":[130,124],"legal":[1797,787],"nickname":[124,196],"none":[610,907],"petForm":[73,26],"preferred":[73,27],"sharedForm":[68,168],"soundsLike":[11,6],"typo":[80,59],"variant":[43,19]},"sur":{"full":[1986,1191],"initial":[131,183],"none":[610,907],"part":[125,52],"pet":[2,0],"typo":[155,41]},"order":{"asWritten":[2861,2265],"orderInDoubt":[1,1],"surnameFirst":[147,108]},"middle":{"no":[2935,2374],"yes":[74,0]},"unexplained":{"0":[3005,2068],"1":[0,283],"2+":[4,23]},"names":{"both":[404,208],"display":[1601,1103],"handle":[1004,1063]},"digits":{"age":[139,314],"dob":[567,315],"none":[1288,934],"olderTwoDigit":[49,132],"otherNumber":[796,382],"yearGroup":[170,297]},"age":{"age13up":[539,314],"age4to7":[439,510],"age8to12":[1588,745],"under4":[0,396],"unknown":[443,409]},"adultWords":{"hobby":[36,37],"job":[0,28],"letters":[0,13],"no":[2973,2261],"title":[0,28],"trade":[0,7]},"platform":{"facebook":[344,708],"instagram":[1033,564],"linkedin":[0,268],"snapchat":[678,299],"tiktok":[621,265],"x":[333,270]},"staffSurname":{"no":[2999,2342],"yes":[10,32]},"leet":{"no":[2935,2373],"yes":[74,1]},"sameName":{"alone":[1097,365],"none":[1551,1762],"one":[277,169],"several":[84,78]},"stage":{"older":[2567,2264],"young":[442,110]},"underPlatform":{"no":[3009,2183],"yes":[0,191]},"lists":{"one":[1761,1694],"several":[406,101],"unknown":[842,579]}}
 */
export const MODEL_PARAMETERS: ModelParameters = {
  source:
    "fitted by scripts/fit-model.mjs on the bench's secondary 101, secondary 102, infant 101, infant 102 (2025 true pairs, 604 others); checked on secondary seed 103; refitted alone, the rest held: sur.initial (generator 27), then digits.age on the bench's secondary 101, secondary 102, infant 101, infant 102 (2518 true pairs, 1219 others), generator 28; then adultWords.hobby on the bench's secondary 101, secondary 102, infant 101, infant 102 (3009 true pairs, 2374 others), generator 45; and digits.yearGroupMarked on the same sets of generator 44 (2969 true pairs, 2303 others)",
  intercept: -7.53,
  accountsPerPupil: 0.544,
  typicalPopulation: 16914,
  weights: {
    fore: {
      fullForm: -4.4,
      initial: -0.47,
      legal: 3.19,
      nickname: 1.66,
      none: -1.85,
      petForm: 0,
      preferred: 2.61,
      sharedForm: -0.71,
      soundsLike: -1.14,
      typo: 0.66,
      variant: 0.45,
    },
    sur: {
      full: 4.74,
      initial: -0.14,
      none: 0,
      part: 2.18,
      pet: 2.86,
      typo: 3.26,
      preferred: 4.74,
    },
    order: {
      asWritten: 0,
      orderInDoubt: -0.32,
      surnameFirst: -0.64,
    },
    middle: {
      no: 0,
      yes: 3.88,
    },
    unexplained: {
      '0': 0,
      '1': -5.54,
      '2+': -3.55,
    },
    names: {
      both: 0,
      display: 0,
      handle: 1.77,
    },
    digits: {
      age: 0.51,
      dob: 1.89,
      none: 0,
      olderTwoDigit: -4.96,
      otherNumber: -1.05,
      yearGroup: 1.83,
      yearGroupMarked: 2.87,
    },
    adultWords: {
      hobby: -3.4,
      job: -11.13,
      letters: -11.13,
      no: 0,
      title: -11.13,
      trade: -11.13,
    },
    staffSurname: {
      no: 0,
      yes: 0.08,
    },
    leet: {
      no: 0,
      yes: 3.6,
    },
  },
  typicalForename: 0.000453,
  typicalSurname: 0.00153,
  presentation: {
    platform: {
      facebook: 0.128,
      instagram: 0.31,
      snapchat: 0.227,
      tiktok: 0.214,
      x: 0.121,
    },
    age: {
      young: {
        age4to7: 0.847,
        unknown: 0.153,
      },
      older: {
        age13up: 0.202,
        age8to12: 0.651,
        unknown: 0.147,
      },
    },
  },
  styles: {
    'sur.initial': {
      benchShare: 0.036,
      ofOthers: 0.914,
    },
  },
};
