import { describe, expect, it } from 'vitest';
import { pointsInName, splitIdName } from '../../../core/workbook/id-and-name';

describe('id and name in one cell, points in the name', () => {
  it('splits "5.1.1 组织架构" however the two are separated, keeping the name as written', () => {
    expect(splitIdName('5.1.1 组织架构')).toEqual({ id: '5.1.1', name: '组织架构' });
    expect(splitIdName('5.1.1、组织架构')).toEqual({ id: '5.1.1', name: '组织架构' });
    expect(splitIdName('５．１．１\u3000组织架构')).toEqual({ id: '5.1.1', name: '组织架构' });
    expect(splitIdName('5.1.1组织架构')).toEqual({ id: '5.1.1', name: '组织架构' });
    expect(splitIdName('5.2.3 配送（含安装）')).toEqual({ id: '5.2.3', name: '配送（含安装）' });
    expect(splitIdName('5.1.1.1')).toEqual({ id: '5.1.1.1', name: '' });
  });

  it('never takes a serial, a product code or a number of points for an id', () => {
    for (const t of ['1 组织', '3C认证', '2.5分', '组织架构', '']) expect(splitIdName(t), t).toBeNull();
  });

  it('reads the points at the end of a name, in either width, and leaves other brackets alone', () => {
    expect(pointsInName('组织架构（6分）')).toEqual({ name: '组织架构', points: 6 });
    expect(pointsInName('组织架构 (6 分)')).toEqual({ name: '组织架构', points: 6 });
    expect(pointsInName('服务监督（满分2.5分）')).toEqual({ name: '服务监督', points: 2.5 });
    expect(pointsInName('配送（含安装）（６分）')).toEqual({ name: '配送（含安装）', points: 6 });
    expect(pointsInName('配送（含安装）')).toEqual({ name: '配送（含安装）', points: null });
    expect(pointsInName('投诉处理(2)')).toEqual({ name: '投诉处理(2)', points: null });
  });
});
