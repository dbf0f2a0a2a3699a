use super::*;
use crate::{analyze, Document};

/// Articles of two unrelated stories, written for this test, with outlets and dates.
fn corpus() -> Vec<Document> {
    let texts: [(&str, &str); 5] = [
        (
            "quake-1.txt",
            "Earthquake shakes Valparaiso\nBy Ana Ruiz | Coast Courier\nMarch 3, 2025\n\nA strong earthquake struck Valparaiso in Chile on Monday, the Chilean navy said. \
             At least 12 people were killed and hundreds of homes in Valparaiso were damaged, officials said. \
             President Gabriel Boric flew to Valparaiso to meet rescue teams.",
        ),
        (
            "quake-2.txt",
            "Valparaiso earthquake toll rises\nBy Tom Hale | Andes Daily\nMarch 4, 2025\n\nThe death toll from the earthquake in Valparaiso, Chile, rose to 19 on Tuesday. \
             Rescue teams searched the damaged homes of Valparaiso through the night, the Chilean navy said. \
             Gabriel Boric said Chile would rebuild every home the earthquake destroyed.",
        ),
        (
            "quake-3.txt",
            "Chile counts the cost of the earthquake\nBy Ana Ruiz | Coast Courier\nMarch 5, 2025\n\nA day after the earthquake, Valparaiso began clearing the rubble of damaged homes. \
             The Chilean navy said 21 people were killed in Valparaiso. Gabriel Boric visited the port again.",
        ),
        (
            "budget-1.txt",
            "Norway passes its budget\nBy Eva Berg | Nordic Ledger\nDecember 10, 2024\n\nThe Storting in Oslo passed the Norwegian budget after a long debate on oil revenue. \
             Finance minister Trygve Vedum said the budget protects pensions. The Conservative Party voted against the budget.",
        ),
        (
            "budget-2.txt",
            "Oslo budget deal\nBy Ola Lund | Fjord Times\nDecember 11, 2024\n\nNorway's parliament, the Storting, approved the budget in Oslo on Tuesday. \
             Trygve Vedum defended oil revenue spending in the budget debate, while the Conservative Party opposed it.",
        ),
    ];
    texts
        .iter()
        .map(|(id, text)| Document::parse(*id, text.as_bytes()))
        .collect()
}

fn published(docs: Vec<Document>) -> (Index, Vec<(String, Vec<u8>)>) {
    let mut files = Vec::new();
    let Ok(index) = publish(docs, &mut files);
    (index, files)
}

fn read_shard(files: &[(String, Vec<u8>)], path: &str) -> Shard {
    let bytes = files
        .iter()
        .find(|(p, _)| p == path)
        .map(|(_, b)| b.as_slice())
        .unwrap_or_default();
    serde_json::from_slice(bytes).expect("a shard reads back")
}

#[test]
fn every_article_is_in_exactly_one_shard_and_the_index_comes_last() {
    let (index, files) = published(corpus());
    assert_eq!(index.format, INDEX_FORMAT);
    assert_eq!(index.articles, 5);
    assert_eq!(files.last().map(|(p, _)| p.as_str()), Some(INDEX_PATH));
    assert_eq!(files.len(), index.stories.len() + 1);
    let mut seen: Vec<String> = Vec::new();
    for entry in &index.stories {
        let shard = read_shard(&files, &entry.shard);
        assert_eq!(shard.format, SHARD_FORMAT);
        assert_eq!(shard.story, entry.id);
        assert_eq!(shard.analysis.documents.len(), entry.articles);
        let size = files
            .iter()
            .find(|(p, _)| *p == entry.shard)
            .map(|(_, b)| b.len());
        assert_eq!(size, Some(entry.bytes));
        assert!(shard
            .analysis
            .extractions
            .iter()
            .all(|e| e.tokens.is_empty()));
        seen.extend(shard.analysis.documents.iter().map(|d| d.id.clone()));
    }
    seen.sort();
    let mut ids: Vec<String> = corpus().into_iter().map(|d| d.id).collect();
    ids.sort();
    assert_eq!(seen, ids);
}

#[test]
fn unrelated_stories_get_separate_shards_largest_first() {
    let (index, files) = published(corpus());
    assert_eq!(index.stories.len(), 2, "{:?}", index.stories);
    let quake = &index.stories[0];
    assert_eq!(quake.id, "s0001");
    assert_eq!(quake.articles, 3);
    assert_eq!(quake.event.as_deref(), Some("earthquake"));
    assert!(quake.name.contains("Valparaiso"), "{}", quake.name);
    assert_eq!(
        quake.outlets,
        [
            Count {
                name: "Coast Courier".into(),
                articles: 2
            },
            Count {
                name: "Andes Daily".into(),
                articles: 1
            },
        ]
    );
    assert_eq!(quake.first.as_deref(), Some("2025-03-03"));
    assert_eq!(quake.last.as_deref(), Some("2025-03-05"));
    assert!(quake.entities.len() <= TOP_ENTITIES);
    assert_eq!(quake.entities.first().map(|e| e.articles), Some(3));
    assert!(quake
        .entities
        .windows(2)
        .all(|w| w[0].articles >= w[1].articles));
    let top: Vec<&str> = quake.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(top.contains(&"Valparaiso"), "{top:?}");
    assert!(!top.contains(&"Oslo"), "{top:?}");
    let budget = read_shard(&files, &index.stories[1].shard);
    assert!(budget
        .analysis
        .documents
        .iter()
        .all(|d| d.id.starts_with("budget")));
    assert_eq!(index.first.as_deref(), Some("2024-12-10"));
    assert_eq!(index.last.as_deref(), Some("2025-03-05"));
    let per_story: usize = index
        .stories
        .iter()
        .flat_map(|s| &s.outlets)
        .map(|o| o.articles)
        .sum();
    assert_eq!(
        index.outlets.iter().map(|o| o.articles).sum::<usize>(),
        per_story
    );
    assert!(index
        .outlets
        .iter()
        .any(|o| o.name == "Coast Courier" && o.articles == 2));
}

/// A shard holds what `parallax analyze` computes for the story's articles alone.
#[test]
fn a_shard_is_the_engine_run_on_its_story_alone() {
    let (index, files) = published(corpus());
    let docs = corpus();
    for entry in &index.stories {
        let shard = read_shard(&files, &entry.shard);
        let mine: Vec<Document> = shard
            .analysis
            .documents
            .iter()
            .filter_map(|d| docs.iter().find(|x| x.id == d.id).cloned())
            .collect();
        let mut alone = analyze(mine);
        let comparison = compare(&alone);
        alone.extractions.iter_mut().for_each(|e| e.tokens.clear());
        assert_eq!(shard.analysis, alone, "{}", entry.id);
        assert_eq!(shard.comparison, comparison, "{}", entry.id);
    }
}

#[test]
fn grouped_extractions_publish_the_same_files_as_raw_documents() {
    let (_, raw) = published(corpus());
    let docs = corpus();
    let extracted: Vec<Extraction> = docs.iter().map(crate::extract).collect();
    let mut files = Vec::new();
    let Ok(_) = publish_stories(group_extracted(docs, extracted), &mut files);
    assert_eq!(files, raw);
}

#[test]
fn a_shard_name_follows_its_bytes() {
    let (index, _) = published(corpus());
    let (other, _) = published(corpus().into_iter().take(4).collect());
    assert_eq!(
        index.stories[0].shard, other.stories[0].shard,
        "same story, same file"
    );
    assert_ne!(
        index.stories[1].shard, other.stories[1].shard,
        "changed story, new file"
    );
    for s in &index.stories {
        assert!(s.shard.starts_with(&format!("stories/{}-", s.id)));
    }
}

#[test]
fn nothing_to_publish_is_an_empty_index() {
    let (index, files) = published(Vec::new());
    assert!(index.stories.is_empty());
    assert_eq!(index.articles, 0);
    assert_eq!(files.len(), 1);
    let mut files = Vec::new();
    let Ok(index) = publish_stories([StoryDocs::default()], &mut files);
    assert!(index.stories.is_empty(), "an empty story is skipped");
}

/// Stories of one corpus with the same name are told apart in the list by the
/// person or body each names that the name does not say; a unique name is kept.
#[test]
fn stories_with_one_name_are_told_apart_by_who_they_name() {
    let top = |name: &str, label: Label| TopEntity {
        id: String::new(),
        name: name.into(),
        label,
        articles: 2,
    };
    let story = |name: &str, entities: Vec<TopEntity>| StoryEntry {
        name: name.into(),
        entities,
        ..StoryEntry::default()
    };
    let mut stories = vec![
        story(
            "Portugal election",
            vec![top("Portugal", Label::Loc), top("Ana Gil", Label::Person)],
        ),
        story("Oslo budget", vec![top("Oslo", Label::Loc)]),
        story(
            "Portugal election",
            vec![top("Portugal", Label::Loc), top("Green Party", Label::Org)],
        ),
        story(
            "Portugal election",
            vec![top("Ana Gil", Label::Person), top("Lisbon", Label::Loc)],
        ),
        // A story's own comparison may have qualified its name already.
        story(
            "Portugal election · Rui Sousa",
            vec![top("Rui Sousa", Label::Person)],
        ),
        story(
            "Portugal election",
            vec![top("Rui Sousa", Label::Person), top("Braga", Label::Loc)],
        ),
    ];
    distinguish(&mut stories);
    let names: Vec<&str> = stories.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Portugal election · Ana Gil",
            "Oslo budget",
            "Portugal election · Green Party",
            "Portugal election · Lisbon",
            "Portugal election · Rui Sousa",
            "Portugal election · Braga",
        ]
    );
}
