"""Ingestion: loaders, metadata, chunking and the pipeline that stores documents."""
