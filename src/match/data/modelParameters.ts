import type { ModelParameters } from '../matchModel.js';

/**
 * The match model's parameters: the shape features' log2(m/u), the intercept, the m of platform and age
 * (how pupils present; u comes from each audit's lists) and the typical name shares. Written by
 * `npm run fit` (scripts/fit-model.mjs): do not edit by hand, refit.
 * Constrained, not free: names.both, names.handle, leet.yes, middle.yes may not weigh against the pupil (a handle that repeats the
 * name repeats the evidence; how often the bench's adults carry one is the generator's choice,
 * not a fact about accounts); merged into the baseline here: names.both, names.handle.
 * Pairs counted per level (true, other): {"fore":{"fullForm":[0,36],"initial":[203,74],"legal":[1401,266],"nickname":[81,54],"none":[224,166],"preferred":[116,20],"sharedForm":[0,12],"soundsLike":[0,29],"typo":[44,16],"variant":[3,8]},"sur":{"full":[1728,477],"initial":[0,7],"none":[224,166],"part":[79,29],"pet":[3,0],"typo":[38,2]},"order":{"asWritten":[1946,624],"orderInDoubt":[0,1],"surnameFirst":[126,56]},"middle":{"no":[1956,681],"yes":[116,0]},"unexplained":{"0":[2072,665],"1":[0,12],"2+":[0,4]},"names":{"both":[415,129],"display":[1254,355],"handle":[403,197]},"digits":{"dob":[358,103],"none":[808,255],"olderTwoDigit":[53,50],"otherNumber":[729,205],"yearGroup":[124,68]},"age":{"age13up":[340,105],"age4to7":[306,119],"age8to12":[1121,214],"under4":[0,122],"unknown":[305,121]},"adultWords":{"no":[2072,635],"yes":[0,46]},"platform":{"facebook":[225,206],"instagram":[669,165],"linkedin":[0,76],"snapchat":[452,70],"tiktok":[476,89],"x":[250,75]},"staffSurname":{"no":[2058,664],"yes":[14,17]},"leet":{"no":[1992,681],"yes":[80,0]},"sameName":{"alone":[1072,160],"none":[675,413],"one":[234,72],"several":[91,36]},"stage":{"older":[1712,653],"young":[360,28]},"underPlatform":{"no":[2072,621],"yes":[0,60]}}
 */
export const MODEL_PARAMETERS: ModelParameters = {
  "source": "fitted by scripts/fit-model.mjs on the bench's secondary 101, secondary 102, infant 101, infant 102 (2072 true pairs, 681 others); checked on secondary seed 103",
  "intercept": -7.56,
  "accountsPerPupil": 0.553,
  "typicalPopulation": 16920,
  "weights": {
    "fore": {
      "fullForm": -2.84,
      "initial": 0.55,
      "legal": 5.01,
      "nickname": 1.61,
      "none": -1.17,
      "preferred": 3.75,
      "sharedForm": -1.63,
      "soundsLike": -4.84,
      "typo": 0.2,
      "variant": -0.64
    },
    "sur": {
      "full": 3.86,
      "initial": -3,
      "none": 0,
      "part": 1.24,
      "pet": 2.22,
      "typo": 2.72
    },
    "order": {
      "asWritten": 0,
      "orderInDoubt": -0.77,
      "surnameFirst": -1.54
    },
    "middle": {
      "no": 0,
      "yes": 4.81
    },
    "unexplained": {
      "0": 0,
      "1": -6.12,
      "2+": -4.08
    },
    "names": {
      "both": 0,
      "display": 0,
      "handle": 0
    },
    "digits": {
      "dob": 3.26,
      "none": 0,
      "olderTwoDigit": -4.4,
      "otherNumber": -0.62,
      "yearGroup": 3.58
    },
    "adultWords": {
      "no": 0,
      "yes": -12.29
    },
    "staffSurname": {
      "no": 0,
      "yes": -1.8
    },
    "leet": {
      "no": 0,
      "yes": 3.28
    }
  },
  "typicalForename": 0.00046,
  "typicalSurname": 0.00159,
  "presentation": {
    "platform": {
      "facebook": 0.109,
      "instagram": 0.323,
      "snapchat": 0.218,
      "tiktok": 0.23,
      "x": 0.121
    },
    "age": {
      "young": {
        "age4to7": 0.849,
        "unknown": 0.151
      },
      "older": {
        "age13up": 0.199,
        "age8to12": 0.655,
        "unknown": 0.147
      }
    }
  }
};
