import type { ModelParameters } from '../matchModel.js';

/**
 * The match model's parameters: log2(m/u) per feature level, the prior log-odds and the typical
 * name shares. Written by `npm run fit` (scripts/fit-model.mjs): do not edit by hand, refit.
 * Pairs counted per level (true, other): {"fore":{"fullForm":[0,29],"initial":[172,81],"legal":[1212,239],"nickname":[79,51],"none":[98,68],"preferred":[100,13],"sharedForm":[0,1],"soundsLike":[0,20],"typo":[33,19],"variant":[2,6]},"sur":{"full":[1477,421],"initial":[0,10],"none":[98,68],"part":[72,24],"pet":[6,0],"typo":[43,4]},"order":{"asWritten":[1588,462],"surnameFirst":[108,65]},"middle":{"no":[1596,527],"yes":[100,0]},"unexplained":{"0":[1696,500],"1":[0,19],"2+":[0,8]},"names":{"both":[306,94],"display":[1123,330],"handle":[267,103]},"digits":{"dob":[298,55],"none":[693,226],"olderTwoDigit":[423,117],"otherNumber":[271,108],"yearGroup":[11,21]},"age":{"age13up":[97,47],"age4to7":[119,82],"age8to12":[1261,165],"under4":[0,92],"underPlatform":[0,27],"unknown":[219,114]},"adultWords":{"no":[1696,489],"yes":[0,38]},"platform":{"facebook":[199,140],"instagram":[550,131],"linkedin":[0,66],"snapchat":[359,64],"tiktok":[389,58],"x":[199,68]},"staffSurname":{"no":[1688,512],"yes":[8,15]},"leet":{"no":[1617,526],"yes":[79,1]}}
 */
export const MODEL_PARAMETERS: ModelParameters = {
  "source": "fitted by scripts/fit-model.mjs on the bench's secondary schools, seeds 101 and 102 (1696 true pairs, 527 others); checked on seed 103",
  "prior": -2.11,
  "weights": {
    "fore": {
      "fullForm": -1.95,
      "initial": -0.14,
      "legal": 3.66,
      "nickname": 0.95,
      "none": -1.25,
      "preferred": 2.68,
      "sharedForm": -0.35,
      "soundsLike": -2.33,
      "typo": -0.52,
      "variant": -0.75
    },
    "sur": {
      "full": 2.69,
      "initial": 0.53,
      "none": 0,
      "part": 0.52,
      "pet": 2.5,
      "typo": 1.27
    },
    "order": {
      "asWritten": 0,
      "surnameFirst": -1.38
    },
    "middle": {
      "no": 0,
      "yes": 2.57
    },
    "unexplained": {
      "0": 0,
      "1": -4.53,
      "2+": -3.58
    },
    "names": {
      "both": -2.49,
      "display": 0,
      "handle": -1.83
    },
    "digits": {
      "dob": 4.21,
      "none": 0,
      "olderTwoDigit": -0.68,
      "otherNumber": -0.81,
      "yearGroup": -0.47
    },
    "age": {
      "age13up": 0.31,
      "age4to7": -0.66,
      "age8to12": 1.62,
      "under4": -8.31,
      "underPlatform": -2.72,
      "unknown": 0
    },
    "adultWords": {
      "no": 0,
      "yes": -8.59
    },
    "platform": {
      "facebook": -0.5,
      "instagram": 0.88,
      "linkedin": -3.57,
      "snapchat": 0.96,
      "tiktok": 1.44,
      "x": 0.79
    },
    "staffSurname": {
      "no": 0,
      "yes": -0.87
    },
    "leet": {
      "no": 0,
      "yes": 1.33
    }
  },
  "typicalForename": 0.00055,
  "typicalSurname": 0.0014,
  "frequencyScale": 0.735
};
