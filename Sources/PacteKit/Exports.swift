// PacteKit is the library as one import: every stage of the pipeline,
// re-exported for the command line, the benchmark and library users.
@_exported import PacteCore
@_exported import PacteSyntax
@_exported import PacteSchema
@_exported import PacteSemantics
@_exported import PacteDriver
@_exported import PacteDocument
@_exported import PacteJSON
@_exported import PacteFigures
@_exported import PacteHTML
@_exported import PacteMarkdown
@_exported import PactePDF
@_exported import PacteFormat
@_exported import PacteDiff
@_exported import PacteArchive
@_exported import PacteOffice
