/** The compare view's columns and rows from the atlas's data (build time only). */
import * as data from './atlas-data.ts';
import { compareColumn, compareRows, type CompareColumn } from './compare-view.ts';

export const compareRowList = compareRows(data.comparableIndicators);

/** A cluster's column for /compare/; throws for an id that is not a cluster. */
export const columnFor = (id: string): CompareColumn => compareColumn(data, id);

/** Shown without JavaScript: a comparison of three well-documented clusters, one per group. */
export const EXAMPLE_IDS = ['healthcapital-berlin-brandenburg', 'medicon-valley', 'lithuanian-medical-tourism-cluster'] as const;
