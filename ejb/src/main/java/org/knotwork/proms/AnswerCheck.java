package org.knotwork.proms;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.knotwork.platform.RuleViolationException;

/** The checks every measure's answers pass: known items, each once, values the item allows, names where asked. */
final class AnswerCheck {

    private AnswerCheck() {}

    /** The answers by item, checked; refuses a response with nothing answered at all. */
    static Map<String, Answer> byItem(Measure measure, List<Answer> answers) {
        Map<String, MeasureItem> items =
                measure.items().stream().collect(Collectors.toMap(MeasureItem::linkId, Function.identity()));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            String field = "answers[" + i + "]";
            if (answer == null || answer.linkId() == null || !items.containsKey(answer.linkId())) {
                throw new RuleViolationException(
                        field + ".linkId",
                        measure.title() + " has no item " + (answer == null ? null : answer.linkId())
                                + "; its items are "
                                + items.keySet().stream().sorted().toList() + ".");
            }
            if (!seen.add(answer.linkId())) {
                throw new RuleViolationException(field + ".linkId", "Answer item " + answer.linkId() + " once.");
            }
            MeasureItem item = items.get(answer.linkId());
            if (answer.value() != null && !item.allows(answer.value())) {
                throw new RuleViolationException(
                        field + ".value",
                        "Item " + item.linkId() + " is answered from " + item.min() + " to " + item.max() + ".");
            }
            if (!item.named() && answer.text() != null && !answer.text().isBlank()) {
                throw new RuleViolationException(field + ".text", "Item " + item.linkId() + " takes no text.");
            }
            if (item.named() && answer.text() != null && answer.text().strip().length() > 200) {
                throw new RuleViolationException(field + ".text", "Name the activity in at most 200 characters.");
            }
        }
        Map<String, Answer> byItem = answers.stream().collect(Collectors.toMap(Answer::linkId, Function.identity()));
        if (byItem.values().stream().allMatch(Answer::skipped)) {
            throw new RuleViolationException("answers", "Nothing was answered: record the client's answers.");
        }
        return byItem;
    }
}
