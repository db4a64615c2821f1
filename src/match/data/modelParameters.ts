import type { ModelParameters } from '../matchModel.js';

/**
 * The match model's parameters: the shape features' log2(m/u), the intercept, the m of platform and age
 * (how pupils present; u comes from each audit's lists) and the typical name shares. Written by
 * `npm run fit` (scripts/fit-model.mjs): do not edit by hand, refit.
 * Constrained, not free: names.both, names.handle, leet.yes, middle.yes may not weigh against the pupil (a handle that repeats the
 * name repeats the evidence; how often the bench's adults carry one is the generator's choice,
 * not a fact about accounts); merged into the baseline here: names.both.
 * Pairs counted per level (true, other): {"fore":{"fullForm":[0,50],"initial":[130,32],"legal":[1461,276],"nickname":[99,47],"none":[148,135],"preferred":[73,16],"sharedForm":[8,16],"soundsLike":[13,9],"typo":[61,12],"variant":[32,12]},"sur":{"full":[1718,422],"initial":[0,12],"none":[148,135],"part":[128,32],"pet":[4,0],"typo":[27,4]},"order":{"asWritten":[1869,552],"orderInDoubt":[0,1],"surnameFirst":[156,52]},"middle":{"no":[1951,605],"yes":[74,0]},"unexplained":{"0":[2025,591],"1":[0,8],"2+":[0,6]},"names":{"both":[405,142],"display":[1205,306],"handle":[415,157]},"digits":{"dob":[286,81],"none":[827,204],"olderTwoDigit":[50,67],"otherNumber":[784,196],"yearGroup":[78,57]},"age":{"age13up":[338,64],"age4to7":[295,98],"age8to12":[1092,188],"under4":[0,95],"unknown":[300,160]},"adultWords":{"no":[2025,566],"yes":[0,39]},"platform":{"facebook":[260,180],"instagram":[628,135],"linkedin":[0,67],"snapchat":[460,67],"tiktok":[433,89],"x":[244,67]},"staffSurname":{"no":[2017,596],"yes":[8,9]},"leet":{"no":[1971,605],"yes":[54,0]},"sameName":{"alone":[1108,184],"none":[650,335],"one":[224,62],"several":[43,24]},"stage":{"older":[1677,573],"young":[348,32]},"underPlatform":{"no":[2025,562],"yes":[0,43]}}
 */
export const MODEL_PARAMETERS: ModelParameters = {
  source:
    "fitted by scripts/fit-model.mjs on the bench's secondary 101, secondary 102, infant 101, infant 102 (2025 true pairs, 605 others); checked on secondary seed 103",
  intercept: -7.64,
  accountsPerPupil: 0.544,
  typicalPopulation: 16914,
  weights: {
    fore: {
      fullForm: -4.34,
      initial: -0.47,
      legal: 3.23,
      nickname: 1.7,
      none: -1.84,
      preferred: 2.7,
      sharedForm: -0.63,
      soundsLike: -1.46,
      typo: 0.71,
      variant: 0.41,
    },
    sur: {
      full: 4.72,
      initial: -1.88,
      none: 0,
      part: 2.2,
      pet: 2.88,
      typo: 3.13,
    },
    order: {
      asWritten: 0,
      orderInDoubt: -0.31,
      surnameFirst: -0.61,
    },
    middle: {
      no: 0,
      yes: 3.89,
    },
    unexplained: {
      '0': 0,
      '1': -5.58,
      '2+': -3.57,
    },
    names: {
      both: 0,
      display: 0,
      handle: 1.74,
    },
    digits: {
      dob: 1.94,
      none: 0,
      olderTwoDigit: -4.98,
      otherNumber: -1.01,
      yearGroup: 1.83,
    },
    adultWords: {
      no: 0,
      yes: -11.48,
    },
    staffSurname: {
      no: 0,
      yes: 0.03,
    },
    leet: {
      no: 0,
      yes: 3.62,
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
};
