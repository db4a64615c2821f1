import type { ModelParameters } from '../matchModel.js';

/**
 * The match model's parameters: log2(m/u) per feature level, the prior log-odds and the typical
 * name shares. Written by `npm run fit` (scripts/fit-model.mjs): do not edit by hand, refit.
 * Constrained, not free: names.both, names.handle, leet.yes, middle.yes may not weigh against the pupil (a handle that repeats the
 * name repeats the evidence; how often the bench's adults carry one is the generator's choice,
 * not a fact about accounts); merged into the baseline here: names.both, names.handle.
 * Monotone, not free: sameName alone ≥ one ≥ several (pooled here: sameName.one with alone, sameName.several with alone).
 * Pairs counted per level (true, other): {"fore":{"fullForm":[0,49],"initial":[165,84],"legal":[1139,242],"nickname":[70,46],"none":[181,146],"preferred":[94,11],"sharedForm":[0,21],"soundsLike":[0,22],"typo":[38,16],"variant":[0,10]},"sur":{"full":[1394,470],"initial":[0,5],"none":[181,146],"part":[68,21],"pet":[8,0],"typo":[36,5]},"order":{"asWritten":[1582,587],"orderInDoubt":[0,1],"surnameFirst":[105,59]},"middle":{"no":[1593,647],"yes":[94,0]},"unexplained":{"0":[1687,631],"1":[0,12],"2+":[0,4]},"names":{"both":[308,114],"display":[1048,346],"handle":[331,187]},"digits":{"dob":[281,85],"none":[674,242],"olderTwoDigit":[32,51],"otherNumber":[603,202],"yearGroup":[97,67]},"age":{"age13up":[92,49],"age4to7":[114,94],"age8to12":[1239,249],"under4":[0,106],"underPlatform":[0,20],"unknown":[242,129]},"adultWords":{"no":[1687,605],"yes":[0,42]},"platform":{"facebook":[177,166],"instagram":[585,163],"linkedin":[0,58],"snapchat":[373,71],"tiktok":[363,121],"x":[189,68]},"staffSurname":{"no":[1679,637],"yes":[8,10]},"leet":{"no":[1617,645],"yes":[70,2]},"sameName":{"alone":[840,149],"none":[566,411],"one":[185,59],"several":[96,28]}}
 */
export const MODEL_PARAMETERS: ModelParameters = {
  "source": "fitted by scripts/fit-model.mjs on the bench's secondary schools, seeds 101 and 102 (1687 true pairs, 647 others); checked on seed 103",
  "prior": -3.55,
  "weights": {
    "fore": {
      "fullForm": -3.79,
      "initial": 0.79,
      "legal": 6.1,
      "nickname": 2.01,
      "none": -0.64,
      "preferred": 5.56,
      "sharedForm": -2.47,
      "soundsLike": -4.82,
      "typo": 1.2,
      "variant": -3.96
    },
    "sur": {
      "full": 3.36,
      "initial": -3.18,
      "none": 0,
      "part": 0.14,
      "pet": 2.71,
      "typo": 0.79
    },
    "order": {
      "asWritten": 0,
      "orderInDoubt": -4.98,
      "surnameFirst": -1.76
    },
    "middle": {
      "no": 0,
      "yes": 4.34
    },
    "unexplained": {
      "0": 0,
      "1": -6.17,
      "2+": -4.71
    },
    "names": {
      "both": 0,
      "display": 0,
      "handle": 0
    },
    "digits": {
      "dob": 2.93,
      "none": 0,
      "olderTwoDigit": -3.59,
      "otherNumber": -0.89,
      "yearGroup": 2.78
    },
    "age": {
      "age13up": 0.22,
      "age4to7": -1.28,
      "age8to12": 0.54,
      "under4": -11.09,
      "underPlatform": -3.5,
      "unknown": 0
    },
    "adultWords": {
      "no": 0,
      "yes": -10.79
    },
    "platform": {
      "facebook": -0.05,
      "instagram": 1.35,
      "linkedin": -5.65,
      "snapchat": 1.92,
      "tiktok": 1.37,
      "x": 1.05
    },
    "staffSurname": {
      "no": 0,
      "yes": -1.55
    },
    "leet": {
      "no": 0,
      "yes": 2.7
    },
    "sameName": {
      "alone": -1.72,
      "none": 0,
      "one": -1.72,
      "several": -1.72
    }
  },
  "typicalForename": 0.00051,
  "typicalSurname": 0.00149,
  "frequencyScale": 0.838
};
