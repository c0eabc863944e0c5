// Appends Changes to the history. Nothing in the project updates or deletes a Change.
UNWIND $changes AS c
CREATE (:Change {
  id: randomUUID(),
  at: datetime(),
  operation: c.operation,
  targetId: c.targetId,
  otherId: c.otherId,
  actorKind: $actor.kind,
  actorSubject: $actor.subject,
  actorRole: $actor.role,
  requestId: $requestId,
  before: c.before,
  after: c.after
})
RETURN count(*) AS written
