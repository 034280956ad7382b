//! Unit tests of the problem conversion, one rule each, on small inline XML.

use serde_yaml::Value;

use super::text::python_strings;
use super::{ProblemInput, ProblemOutput, convert};
use crate::import::olx::html::HtmlContext;

fn conv(xml: &str) -> ProblemOutput {
    let resolve = |_: &str| None;
    let ctx = HtmlContext { resolve: &resolve };
    convert(&ProblemInput {
        url_name: "p1",
        xml,
        html: &ctx,
    })
}

/// The questions as written to a module file.
fn written(out: &ProblemOutput) -> Vec<Value> {
    let text = crate::course::yaml::to_string(&out.questions).unwrap();
    serde_yaml::from_str(&text).unwrap()
}

/// The one question a problem becomes (not a group).
fn one(xml: &str) -> (Value, ProblemOutput) {
    let out = conv(xml);
    assert_eq!(out.left_out, None, "{:?}", out.approximated);
    let qs = written(&out);
    assert_eq!(qs.len(), 1, "{qs:?}");
    (qs[0].clone(), out)
}

fn yaml(text: &str) -> Value {
    serde_yaml::from_str(text).unwrap()
}

#[test]
fn multiple_choice_becomes_single_choice_with_choice_hints_as_feedback() {
    let (q, out) = one(r#"<problem><multiplechoiceresponse>
        <label>Which animal?</label>
        <choicegroup type="MultipleChoice" shuffle="true">
          <choice correct="false">Tiger <choicehint>Not in Rome.</choicehint></choice>
          <choice correct="true">Lion</choice>
          <choice correct="false">Elephant</choice>
        </choicegroup>
        <correcthint>Yes, the lion.</correcthint>
      </multiplechoiceresponse></problem>"#);
    assert_eq!(out.kind, "multiplechoiceresponse");
    assert_eq!(q["kind"], "single_choice");
    assert_eq!(q["id"], "p1");
    assert_eq!(q["prompt"], "Which animal?");
    assert_eq!(q["choices"], yaml("[Tiger, Lion, Elephant]"));
    assert_eq!(q["answer"], 2);
    assert_eq!(
        q["feedback"],
        yaml("{1: Not in Rome., 2: 'Yes, the lion.'}")
    );
    assert_eq!(q["shuffle"], true);
    assert!(out.approximated.is_empty(), "{:?}", out.approximated);
}

#[test]
fn a_choice_without_any_right_one_is_left_out() {
    let out = conv(
        r#"<problem><multiplechoiceresponse><label>Q</label><choicegroup>
        <choice correct="false">a</choice><choice correct="false">b</choice>
        </choicegroup></multiplechoiceresponse></problem>"#,
    );
    assert_eq!(out.left_out.as_deref(), Some("no choice is marked right"));
    assert!(out.questions.is_empty());
}

#[test]
fn checkboxes_become_multiple_choice_with_feedback_and_missed() {
    let (q, out) = one(r#"<problem><choiceresponse>
        <label>Which are true?</label><description>Two are.</description>
        <checkboxgroup>
          <choice correct="true">A<choicehint selected="false">You missed A.</choicehint></choice>
          <choice correct="false">B<choicehint selected="true">Not B.</choicehint>
            <choicehint selected="false">Right to leave B.</choicehint></choice>
          <choice correct="true">C<choicehint selected="true">Yes, C.</choicehint></choice>
          <compoundhint value="A C">Both!</compoundhint>
        </checkboxgroup></choiceresponse></problem>"#);
    assert_eq!(out.kind, "choiceresponse");
    assert_eq!(q["kind"], "multiple_choice");
    assert_eq!(q["prompt"], "Which are true? Two are.");
    assert_eq!(q["answers"], yaml("[1, 3]"));
    assert_eq!(q["feedback"], yaml("{2: Not B., 3: 'Yes, C.'}"));
    assert_eq!(q["missed"], yaml("{1: You missed A.}"));
    let notes = out.approximated.join("\n");
    assert!(notes.contains("rightly left unticked"), "{notes}");
    assert!(notes.contains("compoundhint"), "{notes}");
}

#[test]
fn a_dropdown_with_options_in_an_attribute_becomes_single_choice() {
    let (q, out) = one(r#"<problem><optionresponse><label>Capital?</label>
        <optioninput options="('Sydney','Canberra', 'it\'s &quot;here&quot;')" correct="Canberra"/>
        </optionresponse></problem>"#);
    assert_eq!(out.kind, "optionresponse");
    assert_eq!(q["kind"], "single_choice");
    assert_eq!(q["choices"], yaml(r#"[Sydney, Canberra, "it's \"here\""]"#));
    assert_eq!(q["answer"], 2);
}

#[test]
fn a_dropdown_with_option_elements_keeps_their_hints() {
    let (q, _) = one(
        r#"<problem><optionresponse><label>Capital?</label><optioninput>
        <option correct="False">Sydney <optionhint>Biggest, not capital.</optionhint></option>
        <option correct="True">Canberra</option></optioninput></optionresponse></problem>"#,
    );
    assert_eq!(q["choices"], yaml("[Sydney, Canberra]"));
    assert_eq!(q["answer"], 2);
    assert_eq!(q["feedback"], yaml("{1: 'Biggest, not capital.'}"));
}

#[test]
fn a_dropdown_whose_right_option_is_not_offered_is_left_out() {
    let out = conv(
        r#"<problem><optionresponse><label>Q</label>
        <optioninput options="('a','b')" correct="c"/></optionresponse></problem>"#,
    );
    assert_eq!(
        out.left_out.as_deref(),
        Some("the dropdown's right option is not one of its options")
    );
}

#[test]
fn text_input_keeps_every_answer_and_says_when_case_mattered() {
    let (q, out) = one(r#"<problem><stringresponse answer="Doc" type="ci">
        <label>A dwarf?</label><additional_answer answer="Sleepy"/>
        <additional_answer>Happy</additional_answer><textline/></stringresponse></problem>"#);
    assert_eq!(out.kind, "stringresponse");
    assert_eq!(q["kind"], "short_answer");
    assert_eq!(q["answers"], yaml("[Doc, Sleepy, Happy]"));
    assert!(out.approximated.is_empty(), "{:?}", out.approximated);
    let (_, out) = one(
        r#"<problem><stringresponse answer="Doc"><label>A dwarf?</label>
        </stringresponse></problem>"#,
    );
    assert_eq!(
        out.approximated,
        ["case-sensitive in Open edX; amphi ignores case"]
    );
}

#[test]
fn a_regexp_answer_becomes_a_pattern_of_every_answer() {
    let (q, _) = one(
        r#"<problem><stringresponse answer="..bble" type="ci regexp">
        <label>-BBLE?</label><additional_answer answer="b+"/>
        <textline correct_answer="bubble"/></stringresponse></problem>"#,
    );
    assert_eq!(q["pattern"], "(?:..bble)|(?:b+)");
    assert_eq!(q["answers"], yaml("[bubble]"), "the answer shown as right");
}

#[test]
fn a_regexp_that_accepts_anything_becomes_an_unscored_reflection() {
    let (q, out) = one(
        r#"<problem weight="2"><stringresponse answer=".*." type="ci regexp">
        <label>What else?</label></stringresponse></problem>"#,
    );
    assert_eq!(q["kind"], "reflection");
    assert_eq!(q.get("weight"), None, "a reflection has no weight");
    assert!(out.approximated[0].contains("unscored reflection"));
}

#[test]
fn a_regexp_amphi_cannot_read_is_left_out_with_the_reason() {
    let out = conv(
        r#"<problem><stringresponse answer="(?=a)b" type="regexp">
        <label>Q</label></stringresponse></problem>"#,
    );
    let why = out.left_out.unwrap();
    assert!(
        why.starts_with("its regular expression `(?=a)b` is not one amphi can read"),
        "{why}"
    );
}

#[test]
fn text_input_hints_on_given_answers_go_to_the_explanation() {
    let (q, out) = one(r#"<problem><stringresponse answer="Paris" type="ci">
        <label>Capital of France?</label>
        <correcthint>Yes.</correcthint>
        <stringequalhint answer="Lyon">Second city.</stringequalhint>
        <solution><p>Paris it is.</p></solution></stringresponse></problem>"#);
    assert_eq!(
        q["explanation"],
        "Yes. Paris it is. If you answered “Lyon”: Second city."
    );
    assert_eq!(out.approximated.len(), 2, "{:?}", out.approximated);
}

#[test]
fn numerical_input_keeps_tolerance_absolute_or_percent() {
    let (q, out) = one(
        r#"<problem><numericalresponse answer="600"><label>120 x 5?</label>
        <responseparam type="tolerance" default="5"/><formulaequationinput/>
        </numericalresponse></problem>"#,
    );
    assert_eq!(out.kind, "numericalresponse");
    assert_eq!(q["kind"], "numeric");
    assert_eq!(q["answers"], yaml("[{answer: 600, tolerance: 5}]"));
    let (q, _) = one(
        r#"<problem><numericalresponse answer="0.5"><label>Half?</label>
        <responseparam type="tolerance" default="2.5%"/>
        <additional_answer answer="50"/></numericalresponse></problem>"#,
    );
    assert_eq!(
        q["answers"],
        yaml("[{answer: 0.5, tolerance: 2.5%}, {answer: 50, tolerance: 2.5%}]")
    );
}

#[test]
fn numerical_ranges_are_kept_and_open_bounds_said() {
    let (q, out) = one(
        r#"<problem><numericalresponse answer="[1, 2.5]"><label>Q</label>
        </numericalresponse></problem>"#,
    );
    assert_eq!(q["answers"], yaml("[{range: [1, 2.5]}]"));
    assert!(out.approximated.is_empty());
    let (q, out) = one(
        r#"<problem><numericalresponse answer="(1,2)"><label>Q</label>
        </numericalresponse></problem>"#,
    );
    assert_eq!(q["answers"], yaml("[{range: [1, 2]}]"));
    assert!(out.approximated[0].contains("excludes a bound"));
}

#[test]
fn numerical_partial_answers_give_half_credit() {
    let (q, _) = one(
        r#"<problem><numericalresponse answer="2" partial_credit="list">
        <label>Higher root?</label><responseparam partial_answers="1"/>
        <correcthint>Right.</correcthint></numericalresponse></problem>"#,
    );
    assert_eq!(
        q["answers"],
        yaml("[{answer: 2, feedback: Right.}, {answer: 1, credit: 50}]")
    );
}

#[test]
fn a_numerical_formula_is_left_out_with_the_reason() {
    let out = conv(
        r#"<problem><numericalresponse answer="sqrt(2)"><label>Q</label>
        </numericalresponse></problem>"#,
    );
    assert_eq!(
        out.left_out.as_deref(),
        Some("its answer `sqrt(2)` is a formula or a variable, which amphi cannot evaluate")
    );
}

#[test]
fn several_responses_make_a_group_with_the_shared_text() {
    let out = conv(
        r#"<problem weight="3">
        <p>A tea shop sells sencha.</p>
        <multiplechoiceresponse><label>Green?</label><choicegroup>
          <choice correct="true">Yes</choice><choice correct="false">No</choice>
        </choicegroup></multiplechoiceresponse>
        <p>It costs 8 euros.</p>
        <numericalresponse answer="16"><label>Two of them?</label></numericalresponse>
        <stringresponse answer="sencha" type="ci"><label>Its name?</label></stringresponse>
        <solution><p>Explanation</p><p>All in the text.</p></solution>
        <demandhint><hint>Read it again.</hint></demandhint>
      </problem>"#,
    );
    assert_eq!(out.kind, "multi-part");
    assert_eq!(out.weight, Some(3.0));
    let qs = written(&out);
    assert_eq!(qs.len(), 1);
    let g = &qs[0];
    assert_eq!(g["kind"], "group");
    assert_eq!(g["id"], "p1");
    let stimulus = g["stimulus"].as_str().unwrap();
    assert!(stimulus.contains("A tea shop sells sencha."), "{stimulus}");
    assert!(stimulus.contains("It costs 8 euros."), "{stimulus}");
    assert!(
        !stimulus.contains("Green?"),
        "labels are prompts: {stimulus}"
    );
    assert!(
        !stimulus.contains("All in the text"),
        "no solution: {stimulus}"
    );
    let parts = g["questions"].as_sequence().unwrap();
    let ids: Vec<&str> = parts.iter().map(|p| p["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["p1.1", "p1.2", "p1.3"]);
    let prompts: Vec<&str> = parts
        .iter()
        .map(|p| p["prompt"].as_str().unwrap())
        .collect();
    assert_eq!(prompts, ["Green?", "Two of them?", "Its name?"]);
    for p in parts {
        assert_eq!(p["weight"], 1, "3 points over 3 parts");
        assert_eq!(p["hints"], yaml("[Read it again.]"));
    }
    assert_eq!(parts[0].get("explanation"), None);
    assert_eq!(
        parts[2]["explanation"], "All in the text.",
        "the problem's solution on the last part, without its `Explanation` heading"
    );
}

#[test]
fn a_short_paragraph_before_one_response_goes_into_its_prompt() {
    let (q, _) = one(r#"<problem><p>Text input can ask for reflections.</p>
        <stringresponse answer="x" type="ci"><label>What else?</label></stringresponse>
        </problem>"#);
    assert_eq!(
        q["prompt"],
        "Text input can ask for reflections. What else?"
    );
}

#[test]
fn a_figure_before_one_response_makes_a_group_of_one() {
    let out = conv(
        r#"<problem display_name="Abacus"><p><img src="/static/a.png" alt="An abacus"/></p>
        <multiplechoiceresponse><label>What number?</label><choicegroup>
          <choice correct="true">17</choice><choice correct="false">3</choice>
        </choicegroup></multiplechoiceresponse></problem>"#,
    );
    let qs = written(&out);
    assert_eq!(qs[0]["kind"], "group");
    assert_eq!(qs[0]["questions"][0]["id"], "p1.1");
    assert_eq!(qs[0]["questions"][0]["prompt"], "What number?");
}

#[test]
fn dropdowns_in_a_table_are_parts_named_by_their_row_and_column() {
    let out = conv(
        r#"<problem><p>Match.</p><table>
        <tr><th>Discovery</th><th>Scientist</th></tr>
        <tr><td>Relativity</td><td><optionresponse>
          <optioninput options="('Einstein','Newton')" correct="Einstein"/></optionresponse></td></tr>
        <tr><td>Gravitation</td><td><optionresponse>
          <optioninput options="('Einstein','Newton')" correct="Newton"/></optionresponse></td></tr>
        </table></problem>"#,
    );
    assert_eq!(out.kind, "multi-part");
    let g = &written(&out)[0];
    let prompts: Vec<&str> = g["questions"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|p| p["prompt"].as_str().unwrap())
        .collect();
    assert_eq!(
        prompts,
        ["[1] Relativity — Scientist", "[2] Gravitation — Scientist"]
    );
    // The stimulus is Markdown: a `]` that could close a link is written as a
    // reference, shown as `]`.
    let stimulus = g["stimulus"].as_str().unwrap();
    assert!(
        stimulus.contains("[1&#93;") && stimulus.contains("[2&#93;"),
        "{stimulus}"
    );
}

#[test]
fn problem_attributes_go_to_the_output() {
    let out = conv(
        r#"<problem weight="2.5" max_attempts="3" showanswer="never">
        <numericalresponse answer="1"><label>One?</label></numericalresponse></problem>"#,
    );
    assert_eq!(out.max_attempts, Some(3));
    assert_eq!(out.weight, Some(2.5));
    assert_eq!(out.show_answer, Some("never"));
    assert_eq!(written(&out)[0]["weight"], 2.5);
    let out = conv(
        r#"<problem max_attempts="" showanswer="finished">
        <numericalresponse answer="1"><label>One?</label></numericalresponse></problem>"#,
    );
    assert_eq!(out.max_attempts, None);
    assert_eq!(out.show_answer, Some("after_submit"));
    assert!(out.approximated[0].contains("showanswer=\"finished\""));
    let out = conv(
        r#"<problem weight="-1" max_attempts="null">
        <numericalresponse answer="1"><label>One?</label></numericalresponse></problem>"#,
    );
    assert_eq!((out.weight, out.max_attempts), (None, None));
    assert_eq!(
        out.approximated,
        ["weight=\"-1\" is not a number amphi can use: ignored"]
    );
}

#[test]
fn show_answer_values_map_to_amphi() {
    for (edx, amphi) in [
        ("always", Some("after_each")),
        ("attempted", Some("after_each")),
        ("answered", Some("after_pass")),
        ("never", Some("never")),
        ("correct_or_past_due", Some("after_pass")),
        ("closed", Some("after_submit")),
        ("past_due", Some("after_submit")),
        ("after_all_attempts", Some("after_submit")),
        ("whenever", None),
    ] {
        assert_eq!(super::show_answer(edx).0, amphi, "{edx}");
    }
}

#[test]
fn a_problem_driven_by_a_python_script_is_left_out_with_a_lesson() {
    let out = conv(
        r#"<problem><script type="loncapa/python">
x = random.randint(0, 20)
z = x + 1
</script><p>Let x = $x. What is x + 1?</p>
        <numericalresponse answer="$z"><textline/></numericalresponse></problem>"#,
    );
    assert_eq!(out.kind, "numericalresponse");
    assert_eq!(
        out.left_out.as_deref(),
        Some(
            "its values come from a Python script run for each learner ($x, $z), which amphi \
             does not run"
        )
    );
    let lesson = out.lesson.unwrap();
    // `$` is escaped in Markdown, so that it is not read as math.
    assert!(lesson.contains("Let x = \\$x. What is x + 1?"), "{lesson}");
    assert!(
        !lesson.contains("randint"),
        "no script in the lesson: {lesson}"
    );
}

#[test]
fn a_script_whose_names_the_text_does_not_use_does_not_stop_the_conversion() {
    let (q, _) = one(r#"<problem><script type="loncapa/python">
def grade(x, y):
    expected = 1
</script><stringresponse answer="one" type="ci"><label>Say $1 one</label></stringresponse>
        </problem>"#);
    assert_eq!(q["kind"], "short_answer");
}

#[test]
fn custom_python_and_javascript_problems_are_left_out_with_their_text() {
    let out = conv(
        r#"<problem><p>Plan a trip.</p><customresponse cfn="check">
        <textline/></customresponse><solution><p>Take water.</p></solution></problem>"#,
    );
    assert_eq!(out.kind, "customresponse");
    assert_eq!(
        out.left_out.as_deref(),
        Some("it is graded by the course's own Python code, which amphi does not run")
    );
    let lesson = out.lesson.unwrap();
    assert!(lesson.contains("Plan a trip."), "{lesson}");
    assert!(lesson.contains("Take water."), "{lesson}");
    assert!(
        lesson.contains("is graded by the course's own Python code"),
        "{lesson}"
    );
    let out = conv(
        r#"<problem><customresponse cfn="c"><jsinput html_file="a.html"/>
        </customresponse></problem>"#,
    );
    assert!(
        out.left_out
            .unwrap()
            .contains("JavaScript activity (jsinput)")
    );
    assert_eq!(out.lesson, None, "no text, no lesson");
}

#[test]
fn unsupported_kinds_are_reported_by_their_tag() {
    for (tag, says) in [
        ("formularesponse", "formula"),
        ("imageresponse", "image"),
        ("schematicresponse", "circuit"),
        ("annotationresponse", "annotate"),
        ("symbolicresponse", "symbolic"),
        ("coderesponse", "external grader"),
    ] {
        let out = conv(&format!("<problem><p>Do it.</p><{tag}/></problem>"));
        assert_eq!(out.kind, tag);
        assert!(out.left_out.as_deref().unwrap().contains(says), "{tag}");
        assert!(out.lesson.unwrap().contains("Do it."));
    }
    let out = conv(
        r#"<problem><customresponse><drag_and_drop_input img="a.png"/>
        </customresponse></problem>"#,
    );
    assert!(out.left_out.unwrap().contains("drag and drop"));
    let out = conv("<problem><weirdresponse/></problem>");
    assert_eq!(out.kind, "other response");
}

#[test]
fn a_part_amphi_cannot_grade_leaves_the_others() {
    let out = conv(
        r#"<problem><p>Two questions.</p>
        <customresponse cfn="c"><textline/></customresponse>
        <numericalresponse answer="4"><label>Two plus two?</label></numericalresponse>
      </problem>"#,
    );
    assert_eq!(out.kind, "multi-part");
    assert_eq!(out.left_out, None);
    let q = &written(&out)[0];
    assert_eq!(q["kind"], "numeric");
    assert_eq!(q["prompt"], "Two questions. Two plus two?");
    assert!(
        out.approximated
            .iter()
            .any(|n| n.starts_with("part 1 (customresponse) is graded")),
        "{:?}",
        out.approximated
    );
}

#[test]
fn broken_or_hostile_xml_is_left_out_without_panicking() {
    for xml in [
        "",
        "<problem>",
        "not xml",
        r#"<!DOCTYPE p [<!ENTITY a "aaaa">]><problem>&a;</problem>"#,
    ] {
        let out = conv(xml);
        assert!(
            out.left_out.unwrap().starts_with("its XML does not parse"),
            "{xml}"
        );
    }
    let out = conv("<problem><p>Just text.</p></problem>");
    assert_eq!(out.left_out.as_deref(), Some("it has no response to grade"));
    assert!(out.lesson.unwrap().contains("Just text."));
}

#[test]
fn odd_responses_never_panic() {
    for xml in [
        "<problem><multiplechoiceresponse/></problem>",
        "<problem><choiceresponse><checkboxgroup/></choiceresponse></problem>",
        "<problem><choiceresponse><checkboxgroup><choice>a</choice><choice>b</choice></checkboxgroup></choiceresponse></problem>",
        "<problem><optionresponse><optioninput options=\"('a\" correct=\"a\"/></optionresponse></problem>",
        "<problem><stringresponse/></problem>",
        "<problem><numericalresponse answer=\"[2,1]\"/></problem>",
        "<problem><numericalresponse answer=\"1\"><responseparam type=\"tolerance\" default=\"x%\"/></numericalresponse></problem>",
        "<problem><table><tr><td><optionresponse><optioninput options=\"('a','b')\" correct=\"a\"/></optionresponse></td></tr></table></problem>",
    ] {
        let out = conv(xml);
        if out.left_out.is_none() {
            assert!(!out.questions.is_empty(), "{xml}");
        }
    }
}

#[test]
fn python_strings_read_quotes_and_escapes() {
    assert_eq!(python_strings("('a','b c')"), ["a", "b c"]);
    assert_eq!(
        python_strings(r#"["it's", 'say \'hi\'']"#),
        ["it's", "say 'hi'"]
    );
    assert!(python_strings("()").is_empty());
}

#[test]
fn the_shared_text_is_the_problems_html_source_without_what_is_not_text() {
    let xml = r#"<problem><script type="loncapa/python">x = 1</script>
        <p>A <b>bold</b> &amp; <img src="/static/a.png"/> text.</p>
        <text><multiplechoiceresponse><p>Inside.</p><label>Q?</label><choicegroup>
          <choice correct="true">a</choice><choice>b</choice></choicegroup>
          <solution><p>S.</p></solution></multiplechoiceresponse></text>
        <demandhint><hint>H.</hint></demandhint></problem>"#;
    let doc = crate::import::olx::source::parse_xml(xml).unwrap();
    let resolve = |_: &str| None;
    let ctx = HtmlContext { resolve: &resolve };
    let p = super::Problem {
        src: xml,
        root: doc.root_element(),
        html: &ctx,
    };
    let html = p.text_html(&|_| None, false);
    assert!(
        html.contains(r#"<p>A <b>bold</b> &amp; <img src="/static/a.png"/> text.</p>"#),
        "{html}"
    );
    assert!(html.contains("<p>Inside.</p>"), "{html}");
    for gone in [
        "script", "x = 1", "response", "<text>", "label", "Q?", "choice", "S.", "H.",
    ] {
        assert!(!html.contains(gone), "{gone} in {html}");
    }
    let with_labels = p.text_html(&|_| None, true);
    assert!(with_labels.contains("<p>Q?</p>"), "{with_labels}");
}

#[test]
fn targeted_feedback_is_the_feedback_of_its_choice() {
    let (q, _) = one(r#"<problem><multiplechoiceresponse targeted-feedback="">
        <label>Q?</label><choicegroup>
          <choice correct="false" explanation-id="f1">a</choice>
          <choice correct="true" explanation-id="f2">b</choice></choicegroup>
        <targetedfeedbackset>
          <targetedfeedback explanation-id="f1"><p>Not a.</p></targetedfeedback>
        </targetedfeedbackset></multiplechoiceresponse></problem>"#);
    assert_eq!(q["feedback"], yaml("{1: Not a.}"));
    assert_eq!(q["prompt"], "Q?");
}

#[test]
fn python_regex_spellings_become_rusts() {
    assert_eq!(super::responses::python_regex(r"a\Zb\.c\Z"), r"a\zb\.c\z");
    let (q, _) = one(r#"<problem><stringresponse answer="ab+\Z" type="ci regexp">
        <label>Q</label></stringresponse></problem>"#);
    assert_eq!(q["pattern"], r"ab+\z");
}

#[test]
fn a_part_without_a_label_is_asked_by_the_text_before_it() {
    let out = conv(
        r#"<problem><p>Two sums.</p>
        <p>What is 2 + 2?</p>
        <numericalresponse answer="4"><textline/></numericalresponse>
        <stringresponse answer="six" type="ci"><p>Spell 3 + 3.</p><textline/></stringresponse>
        <numericalresponse answer="1"><textline/></numericalresponse>
      </problem>"#,
    );
    let g = &written(&out)[0];
    let prompts: Vec<&str> = g["questions"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|p| p["prompt"].as_str().unwrap())
        .collect();
    assert_eq!(
        prompts,
        ["What is 2 + 2?", "Spell 3 + 3.", "Type the number."]
    );
}
