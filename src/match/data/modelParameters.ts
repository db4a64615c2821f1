import type { ModelParameters } from '../matchModel.js';

/**
 * The match model's parameters: the shape features' log2(m/u), the intercept, the m of platform and age
 * (how pupils present; u comes from each audit's lists) and the typical name shares. Written by
 * `npm run fit` (scripts/fit-model.mjs): do not edit by hand, refit.
 * Constrained, not free: names.both, names.handle, leet.yes, middle.yes may not weigh against the pupil (a handle that repeats the
 * name repeats the evidence; how often the bench's adults carry one is the generator's choice,
 * not a fact about accounts); merged into the baseline here: names.both.
 * Pairs counted per level (true, other): {"fore":{"fullForm":[0,50],"initial":[130,32],"legal":[1461,276],"nickname":[92,47],"none":[147,128],"preferred":[73,16],"sharedForm":[4,16],"soundsLike":[15,29],"typo":[62,13],"variant":[30,12]},"sur":{"full":[1708,443],"initial":[0,12],"none":[147,128],"part":[128,32],"pet":[4,0],"typo":[27,4]},"order":{"asWritten":[1858,560],"orderInDoubt":[0,1],"surnameFirst":[156,58]},"middle":{"no":[1940,619],"yes":[74,0]},"unexplained":{"0":[2014,605],"1":[0,8],"2+":[0,6]},"names":{"both":[402,145],"display":[1195,324],"handle":[417,150]},"digits":{"dob":[285,76],"none":[820,214],"olderTwoDigit":[50,70],"otherNumber":[781,204],"yearGroup":[78,55]},"age":{"age13up":[334,68],"age4to7":[295,104],"age8to12":[1086,188],"under4":[0,98],"unknown":[299,161]},"adultWords":{"no":[2014,580],"yes":[0,39]},"platform":{"facebook":[259,185],"instagram":[623,135],"linkedin":[0,68],"snapchat":[459,68],"tiktok":[430,94],"x":[243,69]},"staffSurname":{"no":[2006,610],"yes":[8,9]},"leet":{"no":[1960,619],"yes":[54,0]},"sameName":{"alone":[1108,184],"none":[639,349],"one":[224,62],"several":[43,24]},"stage":{"older":[1666,587],"young":[348,32]},"underPlatform":{"no":[2014,575],"yes":[0,44]}}
 */
export const MODEL_PARAMETERS: ModelParameters = {
  source:
    "fitted by scripts/fit-model.mjs on the bench's secondary 101, secondary 102, infant 101, infant 102 (2014 true pairs, 619 others); checked on secondary seed 103",
  intercept: -7.53,
  accountsPerPupil: 0.542,
  typicalPopulation: 1,
  weights: {
    fore: {
      fullForm: -4.29,
      initial: -0.32,
      legal: 3.34,
      nickname: 1.64,
      none: -1.75,
      preferred: 2.75,
      sharedForm: -1.29,
      soundsLike: -1.44,
      typo: 0.78,
      variant: 0.58,
    },
    sur: {
      full: 4.58,
      initial: -2,
      none: 0,
      part: 2.02,
      pet: 2.76,
      typo: 3.14,
    },
    order: {
      asWritten: 0,
      orderInDoubt: -0.34,
      surnameFirst: -0.67,
    },
    middle: {
      no: 0,
      yes: 3.86,
    },
    unexplained: {
      '0': 0,
      '1': -5.54,
      '2+': -3.52,
    },
    names: {
      both: 0,
      display: 0,
      handle: 1.77,
    },
    digits: {
      dob: 1.9,
      none: 0,
      olderTwoDigit: -4.95,
      otherNumber: -1.01,
      yearGroup: 1.8,
    },
    adultWords: {
      no: 0,
      yes: -11.11,
    },
    staffSurname: {
      no: 0,
      yes: 0.1,
    },
    leet: {
      no: 0,
      yes: 3.58,
    },
  },
  typicalForename: 0.000453,
  typicalSurname: 0.00154,
  presentation: {
    platform: {
      facebook: 0.129,
      instagram: 0.309,
      snapchat: 0.228,
      tiktok: 0.213,
      x: 0.121,
    },
    age: {
      young: {
        age4to7: 0.847,
        unknown: 0.153,
      },
      older: {
        age13up: 0.201,
        age8to12: 0.652,
        unknown: 0.148,
      },
    },
  },
};
