// One hop `r` of a path as the API returns it: its type and ends in the stored direction, and its evidence
// (confidence, the sources as stored JSON, the note) and its valid-time period.
{type: type(r), from: startNode(r).id, to: endNode(r).id, confidence: coalesce(r.confidence, 'stated'), sourcesJson: r.sourcesJson, note: r.note, validFrom: r.validFrom, validTo: r.validTo}
