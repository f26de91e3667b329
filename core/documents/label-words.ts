/*
 * Words that surround a document's name on a form label without changing which document it is,
 * as data for match-key.ts. Both the label and every alias go through the same rewriting, so an
 * entry here can never make an alias stop matching itself.
 *
 * Sources: the wordings of certification bodies' published document lists (see
 * test/fixtures/documents/label-corpus.tsv, column `source`) and common form wording.
 */

/**
 * Noise: removed wherever it occurs (after normaliseLabel, so lower case, no punctuation or spaces).
 * The kind of copy (复印件, 扫描件…), stamping notes (加盖公章, 盖章版…) and time spans (近一年, 近三个月…)
 * say how or which period to supply, never which document.
 * Each entry is a regular-expression source; keep them anchored to whole words.
 */
export const LABEL_NOISE: readonly string[] = [
  // kind of copy
  '(彩色)?(扫描件|复印件|影印件|电子版|原件照片|照片|原件)',
  // stamping and signing
  '(需|须|应)?(加盖|盖)(企业|单位|公司)?(公章|鲜章|骑缝章|章)',
  '(盖章|签字盖章|签章)(版|件)?',
  // time spans: 近一年, 最近三年, 近12个月, 近三个月内的, 上一年度
  '(最近|近)[0-9一二三两四五六七八九十半]+(个)?(年|月|季度)(内|以来)?(的)?',
  '(上一|上)年度',
  // the possessive 的 (委托服务商的资质证明 = 委托服务商资质证明)
  '的',
  // formats
  '(pdf|jpg|png|word|excel)(格式|版)?',
];

/**
 * Words that mean the same for matching: each is rewritten to the first word of its class.
 * Longer words come first inside a class so that 授权委托书 is rewritten before 委托书.
 * A list is a list (清单, 一览表, 名单, 列表, 明细表, 汇总表); a contract is an agreement;
 * a description is a description (说明, 介绍, 描述, 概述).
 */
export const EQUIVALENT_WORDS: readonly (readonly string[])[] = [
  ['清单', '一览表', '明细表', '汇总表', '名单', '名录', '列表'],
  ['协议', '合同'],
  ['授权书', '授权委托书', '委托书'],
  ['说明', '介绍', '描述', '概述'],
  ['证书', '证明书'],
  ['登记', '注册'],
];
