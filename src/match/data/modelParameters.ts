import type { ModelParameters } from '../matchModel.js';

/**
 * The match model's parameters: the shape features' log2(m/u), the intercept, the m of platform and age
 * (how pupils present; u comes from each audit's lists) and the typical name shares. Written by
 * `npm run fit` (scripts/fit-model.mjs): do not edit by hand, refit.
 * Constrained, not free: names.both, names.handle, leet.yes, middle.yes may not weigh against the pupil (a handle that repeats the
 * name repeats the evidence; how often the bench's adults carry one is the generator's choice,
 * not a fact about accounts); merged into the baseline here: names.both.
 * Never seen in the fit sets, weighed as the level named: sur.preferred as sur.full.
 * Refitted alone, every other parameter held as in use: sur.initial (generator 27), then digits.age (generator 28;
 * the pairs below are that refit's).
 * Pairs counted per level (true, other): {"fore":{"fullForm":[0,49],"initial":[130,111],"legal":[1632,346],"nickname":[109,68],"none":[358,542],"petForm":[73,27],"preferred":[73,24],"sharedForm":[9,15],"soundsLike":[11,6],"typo":[80,17],"variant":[43,14]},"sur":{"full":[1812,520],"initial":[126,116],"none":[358,542],"part":[125,36],"pet":[2,0],"typo":[95,5]},"order":{"asWritten":[2369,1153],"orderInDoubt":[0,2],"surnameFirst":[149,64]},"middle":{"no":[2444,1219],"yes":[74,0]},"unexplained":{"0":[2518,1153],"1":[0,57],"2+":[0,9]},"names":{"both":[384,142],"display":[1423,450],"handle":[711,627]},"digits":{"age":[76,194],"dob":[458,200],"none":[1054,327],"olderTwoDigit":[49,99],"otherNumber":[784,234],"yearGroup":[97,165]},"age":{"age13up":[453,136],"age4to7":[365,226],"age8to12":[1333,414],"under4":[0,204],"unknown":[367,239]},"adultWords":{"no":[2518,1181],"yes":[0,38]},"platform":{"facebook":[277,382],"instagram":[872,266],"linkedin":[0,167],"snapchat":[570,137],"tiktok":[530,128],"x":[269,139]},"staffSurname":{"no":[2507,1198],"yes":[11,21]},"leet":{"no":[2461,1218],"yes":[57,1]},"sameName":{"alone":[1122,180],"none":[1160,947],"one":[186,70],"several":[50,22]},"stage":{"older":[2088,1181],"young":[430,38]},"underPlatform":{"no":[2518,1098],"yes":[0,121]},"lists":{"one":[1433,1004],"several":[400,7],"unknown":[685,208]}}
 */
export const MODEL_PARAMETERS: ModelParameters = {
  source:
    "fitted by scripts/fit-model.mjs on the bench's secondary 101, secondary 102, infant 101, infant 102 (2025 true pairs, 604 others); checked on secondary seed 103; refitted alone, the rest held: sur.initial (generator 27), then digits.age on the bench's secondary 101, secondary 102, infant 101, infant 102 (2518 true pairs, 1219 others), generator 28",
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
      bio: -5.54,
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
    },
    adultWords: {
      no: 0,
      yes: -11.13,
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
