import type { ModelParameters } from '../matchModel.js';

/**
 * The match model's parameters: log2(m/u) per feature level, the prior log-odds and the typical
 * name shares. Written by `npm run fit` (scripts/fit-model.mjs): do not edit by hand, refit.
 * Pairs counted per level (true, other): {"fore":{"fullForm":[0,44],"initial":[172,52],"legal":[1144,242],"nickname":[69,53],"none":[164,148],"preferred":[91,11],"soundsLike":[0,26],"typo":[30,14],"variant":[0,7]},"sur":{"full":[1384,408],"initial":[0,5],"none":[164,148],"part":[72,31],"pet":[8,0],"typo":[42,5]},"order":{"asWritten":[1562,533],"orderInDoubt":[0,1],"surnameFirst":[108,63]},"middle":{"no":[1576,597],"yes":[94,0]},"unexplained":{"0":[1670,575],"1":[0,20],"2+":[0,2]},"names":{"both":[293,111],"display":[1055,305],"handle":[322,181]},"digits":{"dob":[292,98],"none":[678,212],"olderTwoDigit":[395,123],"otherNumber":[231,111],"yearGroup":[74,53]},"age":{"age13up":[98,51],"age4to7":[130,88],"age8to12":[1201,224],"under4":[0,107],"underPlatform":[0,23],"unknown":[241,104]},"adultWords":{"no":[1670,565],"yes":[0,32]},"platform":{"facebook":[185,146],"instagram":[584,150],"linkedin":[0,61],"snapchat":[375,89],"tiktok":[381,89],"x":[145,62]},"staffSurname":{"no":[1659,586],"yes":[11,11]},"leet":{"no":[1606,597],"yes":[64,0]}}
 */
export const MODEL_PARAMETERS: ModelParameters = {
  "source": "fitted by scripts/fit-model.mjs on the bench's secondary schools, seeds 101 and 102 (1670 true pairs, 597 others); checked on seed 103",
  "prior": -2.16,
  "weights": {
    "fore": {
      "fullForm": -2.07,
      "initial": 0.71,
      "legal": 3.66,
      "nickname": 0.61,
      "none": -1.14,
      "preferred": 3.14,
      "soundsLike": -2.88,
      "typo": -0.57,
      "variant": -1.47
    },
    "sur": {
      "full": 2.84,
      "initial": -0.22,
      "none": 0,
      "part": 0.41,
      "pet": 2.34,
      "typo": 1.49
    },
    "order": {
      "asWritten": 0,
      "orderInDoubt": -2.15,
      "surnameFirst": -1.62
    },
    "middle": {
      "no": 0,
      "yes": 2.19
    },
    "unexplained": {
      "0": 0,
      "1": -5.08,
      "2+": -3.02
    },
    "names": {
      "both": -2.11,
      "display": 0,
      "handle": -1.6
    },
    "digits": {
      "dob": 3.16,
      "none": 0,
      "olderTwoDigit": -0.65,
      "otherNumber": -1.12,
      "yearGroup": 3.11
    },
    "age": {
      "age13up": 0.39,
      "age4to7": -0.28,
      "age8to12": 1.29,
      "under4": -8.05,
      "underPlatform": -2.56,
      "unknown": 0
    },
    "adultWords": {
      "no": 0,
      "yes": -8.77
    },
    "platform": {
      "facebook": -0.25,
      "instagram": 1,
      "linkedin": -3.54,
      "snapchat": 1.21,
      "tiktok": 1.23,
      "x": 0.35
    },
    "staffSurname": {
      "no": 0,
      "yes": -0.42
    },
    "leet": {
      "no": 0,
      "yes": 1.78
    }
  },
  "typicalForename": 0.000563,
  "typicalSurname": 0.00126,
  "frequencyScale": 0.797
};
