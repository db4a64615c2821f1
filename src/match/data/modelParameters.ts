import type { ModelParameters } from '../matchModel.js';

/**
 * The match model's parameters: the shape features' log2(m/u), the intercept, the m of platform and age
 * (how pupils present; u comes from each audit's lists) and the typical name shares. Written by
 * `npm run fit` (scripts/fit-model.mjs): do not edit by hand, refit.
 * Constrained, not free: names.both, names.handle, leet.yes, middle.yes may not weigh against the pupil (a handle that repeats the
 * name repeats the evidence; how often the bench's adults carry one is the generator's choice,
 * not a fact about accounts); merged into the baseline here: names.both, names.handle.
 * Pairs counted per level (true, other): {"fore":{"fullForm":[0,36],"initial":[203,74],"legal":[1401,266],"nickname":[81,54],"none":[224,166],"preferred":[116,20],"sharedForm":[0,12],"soundsLike":[0,29],"typo":[44,16],"variant":[3,8]},"sur":{"full":[1728,477],"initial":[0,7],"none":[224,166],"part":[79,29],"pet":[3,0],"typo":[38,2]},"order":{"asWritten":[1946,624],"orderInDoubt":[0,1],"surnameFirst":[126,56]},"middle":{"no":[1956,681],"yes":[116,0]},"unexplained":{"0":[2072,665],"1":[0,12],"2+":[0,4]},"names":{"both":[415,129],"display":[1254,355],"handle":[403,197]},"digits":{"dob":[358,103],"none":[808,255],"olderTwoDigit":[53,50],"otherNumber":[729,205],"yearGroup":[124,68]},"age":{"age13up":[367,105],"age4to7":[291,119],"age8to12":[1094,214],"under4":[15,122],"unknown":[305,121]},"adultWords":{"no":[2072,635],"yes":[0,46]},"platform":{"facebook":[225,206],"instagram":[669,165],"linkedin":[0,76],"snapchat":[452,70],"tiktok":[476,89],"x":[250,75]},"staffSurname":{"no":[2058,664],"yes":[14,17]},"leet":{"no":[1992,681],"yes":[80,0]},"sameName":{"alone":[1072,160],"none":[675,413],"one":[234,72],"several":[91,36]},"stage":{"older":[1712,653],"young":[360,28]},"underPlatform":{"no":[2072,621],"yes":[0,60]}}
 */
export const MODEL_PARAMETERS: ModelParameters = {
  "source": "fitted by scripts/fit-model.mjs on the bench's secondary 101, secondary 102, infant 101, infant 102 (2072 true pairs, 681 others); checked on secondary seed 103",
  "intercept": -7.6,
  "accountsPerPupil": 0.553,
  "weights": {
    "fore": {
      "fullForm": -2.84,
      "initial": 0.56,
      "legal": 4.96,
      "nickname": 1.68,
      "none": -1.19,
      "preferred": 3.77,
      "sharedForm": -1.56,
      "soundsLike": -4.83,
      "typo": 0.08,
      "variant": -0.63
    },
    "sur": {
      "full": 3.81,
      "initial": -2.9,
      "none": 0,
      "part": 1.24,
      "pet": 2.27,
      "typo": 2.73
    },
    "order": {
      "asWritten": 0,
      "orderInDoubt": -1.26,
      "surnameFirst": -1.66
    },
    "middle": {
      "no": 0,
      "yes": 4.72
    },
    "unexplained": {
      "0": 0,
      "1": -6.13,
      "2+": -4.12
    },
    "names": {
      "both": 0,
      "display": 0,
      "handle": 0
    },
    "digits": {
      "dob": 3.12,
      "none": 0,
      "olderTwoDigit": -4.55,
      "otherNumber": -0.73,
      "yearGroup": 3.45
    },
    "adultWords": {
      "no": 0,
      "yes": -12.44
    },
    "staffSurname": {
      "no": 0,
      "yes": -1.77
    },
    "leet": {
      "no": 0,
      "yes": 3.35
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
        "age4to7": 0.806,
        "under4": 0.0429,
        "unknown": 0.151
      },
      "older": {
        "age13up": 0.214,
        "age8to12": 0.639,
        "unknown": 0.147
      }
    }
  }
};
