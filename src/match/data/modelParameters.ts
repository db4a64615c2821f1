import type { ModelParameters } from '../matchModel.js';

/**
 * The match model's parameters: the shape features' log2(m/u), the intercept, the m of platform and age
 * (how pupils present; u comes from each audit's lists) and the typical name shares. Written by
 * `npm run fit` (scripts/fit-model.mjs): do not edit by hand, refit.
 * Constrained, not free: names.both, names.handle, leet.yes, middle.yes may not weigh against the pupil (a handle that repeats the
 * name repeats the evidence; how often the bench's adults carry one is the generator's choice,
 * not a fact about accounts); merged into the baseline here: names.both.
 * Pairs counted per level (true, other): {"fore":{"fullForm":[0,50],"initial":[128,29],"legal":[1460,278],"nickname":[98,44],"none":[148,138],"preferred":[73,16],"sharedForm":[8,17],"soundsLike":[11,7],"typo":[63,12],"variant":[36,12]},"sur":{"full":[1719,416],"initial":[0,12],"none":[148,138],"part":[128,33],"pet":[4,0],"typo":[26,4]},"order":{"asWritten":[1869,551],"orderInDoubt":[0,1],"surnameFirst":[156,51]},"middle":{"no":[1951,603],"yes":[74,0]},"unexplained":{"0":[2025,586],"1":[0,11],"2+":[0,6]},"names":{"both":[398,138],"display":[1208,307],"handle":[419,158]},"digits":{"dob":[289,83],"none":[812,199],"olderTwoDigit":[46,64],"otherNumber":[800,199],"yearGroup":[78,58]},"age":{"age13up":[341,67],"age4to7":[295,97],"age8to12":[1094,194],"under4":[0,96],"unknown":[295,149]},"adultWords":{"no":[2025,566],"yes":[0,37]},"platform":{"facebook":[263,175],"instagram":[609,137],"linkedin":[0,71],"snapchat":[459,62],"tiktok":[444,94],"x":[250,64]},"staffSurname":{"no":[2017,595],"yes":[8,8]},"leet":{"no":[1971,603],"yes":[54,0]},"sameName":{"alone":[1111,176],"none":[650,334],"one":[219,69],"several":[45,24]},"stage":{"older":[1677,572],"young":[348,31]},"underPlatform":{"no":[2025,557],"yes":[0,46]}}
 */
export const MODEL_PARAMETERS: ModelParameters = {
  source:
    "fitted by scripts/fit-model.mjs on the bench's secondary 101, secondary 102, infant 101, infant 102 (2025 true pairs, 603 others); checked on secondary seed 103",
  intercept: -7.72,
  accountsPerPupil: 0.543,
  typicalPopulation: 16911,
  typicalNamesakes: {
    density: 1,
    excess: 0.04,
  },
  weights: {
    fore: {
      fullForm: -4.59,
      initial: -0.64,
      legal: 3.62,
      nickname: 1.49,
      none: -1.83,
      preferred: 3.17,
      sharedForm: -0.69,
      soundsLike: -1.24,
      typo: 0.46,
      variant: 0.26,
    },
    sur: {
      full: 5.18,
      initial: -2.11,
      none: 0,
      part: 2.08,
      pet: 2.82,
      typo: 3.01,
    },
    order: {
      asWritten: 0,
      orderInDoubt: -0.32,
      surnameFirst: -0.64,
    },
    middle: {
      no: 0,
      yes: 4.09,
    },
    unexplained: {
      '0': 0,
      '1': -6.76,
      '2+': -3.85,
    },
    names: {
      both: 0,
      display: 0,
      handle: 1.86,
    },
    digits: {
      dob: 1.93,
      none: 0,
      olderTwoDigit: -4.24,
      otherNumber: -0.96,
      yearGroup: 1.86,
    },
    adultWords: {
      no: 0,
      yes: -9.47,
    },
    staffSurname: {
      no: 0,
      yes: 0.19,
    },
    leet: {
      no: 0,
      yes: 3.53,
    },
  },
  typicalForename: 0.000456,
  typicalSurname: 0.00152,
  presentation: {
    platform: {
      facebook: 0.13,
      instagram: 0.301,
      snapchat: 0.227,
      tiktok: 0.219,
      x: 0.124,
    },
    age: {
      young: {
        age4to7: 0.847,
        unknown: 0.153,
      },
      older: {
        age13up: 0.203,
        age8to12: 0.652,
        unknown: 0.144,
      },
    },
  },
};
