import type { ModelParameters } from '../matchModel.js';

/**
 * The match model's parameters: log2(m/u) per feature level, the prior log-odds and the typical
 * name shares. Written by `npm run fit` (scripts/fit-model.mjs): do not edit by hand, refit.
 * Constrained, not free: names.both, names.handle, leet.yes, middle.yes may not weigh against the pupil (a handle that repeats the
 * name repeats the evidence; how often the bench's adults carry one is the generator's choice,
 * not a fact about accounts); merged into the baseline here: names.both, names.handle.
 * Monotone, not free: sameName alone ≥ one ≥ several (pooled here: sameName.one with alone, sameName.several with alone).
 * Pairs counted per level (true, other): {"fore":{"fullForm":[0,50],"initial":[200,85],"legal":[1403,255],"nickname":[83,48],"none":[221,160],"preferred":[116,11],"sharedForm":[0,21],"soundsLike":[0,24],"typo":[46,17],"variant":[0,10]},"sur":{"full":[1719,488],"initial":[0,5],"none":[221,160],"part":[79,23],"pet":[8,0],"typo":[42,5]},"order":{"asWritten":[1939,620],"orderInDoubt":[0,2],"surnameFirst":[130,59]},"middle":{"no":[1953,681],"yes":[116,0]},"unexplained":{"0":[2069,665],"1":[0,12],"2+":[0,4]},"names":{"both":[405,116],"display":[1264,362],"handle":[400,203]},"digits":{"dob":[340,94],"none":[844,256],"olderTwoDigit":[39,52],"otherNumber":[727,207],"yearGroup":[119,72]},"age":{"age13up":[92,49],"age4to7":[302,22],"age4to7Then":[0,85],"age8to12":[1362,251],"under4":[5,112],"underPlatform":[0,20],"unknown":[308,142]},"adultWords":{"no":[2069,630],"yes":[0,51]},"platform":{"facebook":[214,181],"instagram":[721,172],"linkedin":[0,59],"snapchat":[449,76],"tiktok":[452,124],"x":[233,69]},"staffSurname":{"no":[2060,671],"yes":[9,10]},"leet":{"no":[1986,679],"yes":[83,2]},"sameName":{"alone":[1032,158],"none":[679,432],"one":[242,63],"several":[116,28]}}
 */
export const MODEL_PARAMETERS: ModelParameters = {
  "source": "fitted by scripts/fit-model.mjs on the bench's secondary 101, secondary 102, infant 101, infant 102 (2069 true pairs, 681 others); checked on secondary seed 103",
  "prior": -3.55,
  "weights": {
    "fore": {
      "fullForm": -4.58,
      "initial": 0.67,
      "legal": 6.51,
      "nickname": 2.16,
      "none": -0.39,
      "preferred": 6.26,
      "sharedForm": -2.54,
      "soundsLike": -5.11,
      "typo": 0.82,
      "variant": -3.79
    },
    "sur": {
      "full": 3.55,
      "initial": -3.62,
      "none": 0,
      "part": -0.21,
      "pet": 2.4,
      "typo": 0.22
    },
    "order": {
      "asWritten": 0,
      "orderInDoubt": -5.19,
      "surnameFirst": -1.68
    },
    "middle": {
      "no": 0,
      "yes": 4.06
    },
    "unexplained": {
      "0": 0,
      "1": -6.23,
      "2+": -4.93
    },
    "names": {
      "both": 0,
      "display": 0,
      "handle": 0
    },
    "digits": {
      "dob": 2.78,
      "none": 0,
      "olderTwoDigit": -3.76,
      "otherNumber": -0.7,
      "yearGroup": 2.73
    },
    "age": {
      "age13up": -0.29,
      "age4to7": 1.59,
      "age4to7Then": -8.75,
      "age8to12": 0.33,
      "under4": -8.83,
      "underPlatform": -3.72,
      "unknown": 0
    },
    "adultWords": {
      "no": 0,
      "yes": -11.19
    },
    "platform": {
      "facebook": -0.21,
      "instagram": 1.41,
      "linkedin": -5.88,
      "snapchat": 1.92,
      "tiktok": 1.41,
      "x": 1.34
    },
    "staffSurname": {
      "no": 0,
      "yes": -1.23
    },
    "leet": {
      "no": 0,
      "yes": 2.42
    },
    "sameName": {
      "alone": -2.14,
      "none": 0,
      "one": -2.14,
      "several": -2.14
    }
  },
  "typicalForename": 0.000521,
  "typicalSurname": 0.00155,
  "frequencyScale": 0.758
};
