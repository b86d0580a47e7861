"""Model: a read document in; the intermediate model (the IR) out.

The IR (ir) says what an API means with no Python in it: schemas become types (schemas),
paths become operations (operations) with their auth (security), paging (pagination) and
base URL (servers). resolve is the stage's entry point: load, check and resolve.
"""
