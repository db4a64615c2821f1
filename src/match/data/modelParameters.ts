import type { ModelParameters } from '../matchModel.js';

/**
 * The match model's parameters: log2(m/u) per feature level, the prior log-odds and the typical
 * name shares. Written by `npm run fit` (scripts/fit-model.mjs): do not edit by hand, refit.
 * Pairs counted per level (true, other): {"fore":{"fullForm":[0,42],"initial":[200,62],"legal":[1151,236],"nickname":[99,49],"none":[98,88],"preferred":[100,14],"soundsLike":[0,32],"typo":[49,21],"variant":[1,3]},"sur":{"full":[1442,423],"initial":[0,11],"none":[98,88],"part":[100,22],"pet":[7,0],"typo":[51,3]},"order":{"asWritten":[1588,500],"surnameFirst":[110,47]},"middle":{"no":[1598,547],"yes":[100,0]},"unexplained":{"0":[1698,526],"1":[0,9],"2+":[0,12]},"names":{"both":[29,107],"display":[1400,313],"handle":[269,127]},"digits":{"dob":[220,64],"none":[1352,237],"olderTwoDigit":[68,100],"otherNumber":[49,113],"yearGroup":[9,33]},"age":{"age13up":[96,36],"age4to7":[135,100],"age8to12":[1248,164],"under4":[0,100],"underPlatform":[0,32],"unknown":[219,115]},"adultWords":{"no":[1698,506],"yes":[0,41]},"platform":{"facebook":[199,151],"instagram":[545,147],"linkedin":[0,66],"snapchat":[367,65],"tiktok":[381,58],"x":[206,60]},"staffSurname":{"no":[1692,538],"yes":[6,9]},"leet":{"no":[1598,547],"yes":[100,0]}}
 */
export const MODEL_PARAMETERS: ModelParameters = {
  "source": "fitted by scripts/fit-model.mjs on the bench's secondary schools, seeds 101 and 102 (1698 true pairs, 547 others); checked on seed 103",
  "prior": -2.06,
  "weights": {
    "fore": {
      "fullForm": -1.73,
      "initial": -0.05,
      "legal": 3.71,
      "nickname": 1.08,
      "none": -1.51,
      "preferred": 2.68,
      "soundsLike": -3.71,
      "typo": -0.71,
      "variant": 0.24
    },
    "sur": {
      "full": 2.84,
      "initial": 1.11,
      "none": 0,
      "part": 1.09,
      "pet": 2.39,
      "typo": 1.64
    },
    "order": {
      "asWritten": 0,
      "surnameFirst": -2.54
    },
    "middle": {
      "no": 0,
      "yes": 1.68
    },
    "unexplained": {
      "0": 0,
      "1": -4.33,
      "2+": -2.85
    },
    "names": {
      "both": -3.34,
      "display": 0,
      "handle": -0.2
    },
    "digits": {
      "dob": 2.53,
      "none": 0,
      "olderTwoDigit": -3.59,
      "otherNumber": -3.79,
      "yearGroup": -2.45
    },
    "age": {
      "age13up": 0.58,
      "age4to7": -0.21,
      "age8to12": 1.73,
      "under4": -7.76,
      "underPlatform": -2.16,
      "unknown": 0
    },
    "adultWords": {
      "no": 0,
      "yes": -8.77
    },
    "platform": {
      "facebook": -0.6,
      "instagram": 0.64,
      "linkedin": -3.16,
      "snapchat": 1.07,
      "tiktok": 1.21,
      "x": 0.83
    },
    "staffSurname": {
      "no": 0,
      "yes": -1.69
    },
    "leet": {
      "no": 0,
      "yes": 1.52
    }
  },
  "typicalForename": 0.000561,
  "typicalSurname": 0.00139,
  "frequencyScale": 0.608
};
