// The office table and the office-holding rule live in src/shared, so the pipeline and the app name the same
// holder on any day.
export * from '../../src/shared/lib/offices';
