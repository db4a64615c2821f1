import type { ModelParameters } from '../matchModel.js';

/**
 * The match model's parameters: the shape features' log2(m/u), the intercept, the m of platform and age
 * (how pupils present; u comes from each audit's lists) and the typical name shares. Written by
 * `npm run fit` (scripts/fit-model.mjs): do not edit by hand, refit.
 * Constrained, not free: names.both, names.handle, leet.yes, middle.yes may not weigh against the pupil (a handle that repeats the
 * name repeats the evidence; how often the bench's adults carry one is the generator's choice,
 * not a fact about accounts); merged into the baseline here: names.both.
 * Pairs counted per level (true, other): {"fore":{"fullForm":[0,50],"initial":[130,32],"legal":[1461,276],"nickname":[99,47],"none":[148,135],"preferred":[73,16],"sharedForm":[8,16],"soundsLike":[13,8],"typo":[61,12],"variant":[32,12]},"sur":{"full":[1718,421],"initial":[0,12],"none":[148,135],"part":[128,32],"pet":[4,0],"typo":[27,4]},"order":{"asWritten":[1869,551],"orderInDoubt":[0,1],"surnameFirst":[156,52]},"middle":{"no":[1951,604],"yes":[74,0]},"unexplained":{"0":[2025,590],"1":[0,8],"2+":[0,6]},"names":{"both":[405,142],"display":[1205,305],"handle":[415,157]},"digits":{"dob":[286,81],"none":[827,203],"olderTwoDigit":[50,67],"otherNumber":[784,196],"yearGroup":[78,57]},"age":{"age13up":[338,64],"age4to7":[295,98],"age8to12":[1092,188],"under4":[0,95],"unknown":[300,159]},"adultWords":{"no":[2025,565],"yes":[0,39]},"platform":{"facebook":[260,179],"instagram":[628,135],"linkedin":[0,67],"snapchat":[460,67],"tiktok":[433,89],"x":[244,67]},"staffSurname":{"no":[2017,595],"yes":[8,9]},"leet":{"no":[1971,604],"yes":[54,0]},"sameName":{"alone":[1108,184],"none":[650,334],"one":[224,62],"several":[43,24]},"stage":{"older":[1677,573],"young":[348,31]},"underPlatform":{"no":[2025,561],"yes":[0,43]}}
 */
export const MODEL_PARAMETERS: ModelParameters = {
  source:
    "fitted by scripts/fit-model.mjs on the bench's secondary 101, secondary 102, infant 101, infant 102 (2025 true pairs, 604 others); checked on secondary seed 103",
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
      preferred: 2.61,
      sharedForm: -0.71,
      soundsLike: -1.14,
      typo: 0.66,
      variant: 0.45,
    },
    sur: {
      full: 4.74,
      initial: -1.91,
      none: 0,
      part: 2.18,
      pet: 2.86,
      typo: 3.26,
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
};
