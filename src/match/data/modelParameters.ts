import type { ModelParameters } from '../matchModel.js';

/**
 * The match model's parameters: log2(m/u) per feature level, the prior log-odds and the typical
 * name shares. Written by `npm run fit` (scripts/fit-model.mjs): do not edit by hand, refit.
 * Constrained, not free: names.both, names.handle, leet.yes, middle.yes may not weigh against the pupil (a handle that repeats the
 * name repeats the evidence; how often the bench's adults carry one is the generator's choice,
 * not a fact about accounts); merged into the baseline here: names.both, names.handle.
 * Monotone, not free: sameName alone ≥ one ≥ several (pooled here: sameName.one with alone, sameName.several with alone).
 * Pairs counted per level (true, other): {"fore":{"fullForm":[0,50],"initial":[200,85],"legal":[1403,255],"nickname":[83,48],"none":[221,160],"preferred":[116,11],"sharedForm":[0,21],"soundsLike":[0,24],"typo":[46,17],"variant":[0,10]},"sur":{"full":[1719,488],"initial":[0,5],"none":[221,160],"part":[79,23],"pet":[8,0],"typo":[42,5]},"order":{"asWritten":[1939,620],"orderInDoubt":[0,2],"surnameFirst":[130,59]},"middle":{"no":[1953,681],"yes":[116,0]},"unexplained":{"0":[2069,665],"1":[0,12],"2+":[0,4]},"names":{"both":[405,116],"display":[1264,362],"handle":[400,203]},"digits":{"dob":[340,94],"none":[844,256],"olderTwoDigit":[39,52],"otherNumber":[727,207],"yearGroup":[119,72]},"age":{"age13up":[92,49],"age4to7":[302,107],"age8to12":[1362,251],"under4":[5,112],"underPlatform":[0,20],"unknown":[308,142]},"adultWords":{"no":[2069,630],"yes":[0,51]},"platform":{"facebook":[214,181],"instagram":[721,172],"linkedin":[0,59],"snapchat":[449,76],"tiktok":[452,124],"x":[233,69]},"staffSurname":{"no":[2060,671],"yes":[9,10]},"leet":{"no":[1986,679],"yes":[83,2]},"sameName":{"alone":[1032,158],"none":[679,432],"one":[242,63],"several":[116,28]}}
 */
export const MODEL_PARAMETERS: ModelParameters = {
  "source": "fitted by scripts/fit-model.mjs on the bench's secondary 101, secondary 102, infant 101, infant 102 (2069 true pairs, 681 others); checked on secondary seed 103",
  "prior": -3.59,
  "weights": {
    "fore": {
      "fullForm": -4.05,
      "initial": 0.86,
      "legal": 6.44,
      "nickname": 1.98,
      "none": -0.48,
      "preferred": 5.9,
      "sharedForm": -2.49,
      "soundsLike": -5.34,
      "typo": 1.19,
      "variant": -4.01
    },
    "sur": {
      "full": 3.46,
      "initial": -3.45,
      "none": 0,
      "part": -0.1,
      "pet": 2.52,
      "typo": 0.46
    },
    "order": {
      "asWritten": 0,
      "orderInDoubt": -5.12,
      "surnameFirst": -1.76
    },
    "middle": {
      "no": 0,
      "yes": 4.25
    },
    "unexplained": {
      "0": 0,
      "1": -6.22,
      "2+": -4.82
    },
    "names": {
      "both": 0,
      "display": 0,
      "handle": 0
    },
    "digits": {
      "dob": 3.04,
      "none": 0,
      "olderTwoDigit": -3.63,
      "otherNumber": -0.76,
      "yearGroup": 3.01
    },
    "age": {
      "age13up": -0.15,
      "age4to7": -0.32,
      "age8to12": 0.3,
      "under4": -8.88,
      "underPlatform": -3.25,
      "unknown": 0
    },
    "adultWords": {
      "no": 0,
      "yes": -11.28
    },
    "platform": {
      "facebook": -0.1,
      "instagram": 1.39,
      "linkedin": -5.91,
      "snapchat": 1.91,
      "tiktok": 1.52,
      "x": 1.18
    },
    "staffSurname": {
      "no": 0,
      "yes": -1.79
    },
    "leet": {
      "no": 0,
      "yes": 2.57
    },
    "sameName": {
      "alone": -1.92,
      "none": 0,
      "one": -1.92,
      "several": -1.92
    }
  },
  "typicalForename": 0.000521,
  "typicalSurname": 0.00155,
  "frequencyScale": 0.812
};
