//! View state of the map: places with coordinates, projected into the
//! 360 x 180 equirectangular box of the world outline.

use parallax_core::{Analysis, Entity};

#[derive(Clone, Debug, PartialEq)]
pub struct MapPoint {
    pub id: String,
    pub name: String,
    pub x: f32,
    pub y: f32,
    /// Radius, growing with the square root of the mention count.
    pub r: f32,
    pub mentions: usize,
    pub articles: usize,
}

/// "3 mentions in 2 articles", "1 mention in 1 article".
pub fn counts_text(mentions: usize, articles: usize) -> String {
    let s = |n: usize| if n == 1 { "" } else { "s" };
    format!(
        "{mentions} mention{} in {articles} article{}",
        s(mentions),
        s(articles)
    )
}

/// Project longitude/latitude into the outline's box.
pub fn project(lon: f32, lat: f32) -> (f32, f32) {
    (
        (lon + 180.0).clamp(0.0, 360.0),
        (90.0 - lat).clamp(0.0, 180.0),
    )
}

pub fn point(e: &Entity) -> Option<MapPoint> {
    let g = e.geo.as_ref()?;
    if !(g.lat.is_finite() && g.lon.is_finite()) {
        return None;
    }
    let (x, y) = project(g.lon, g.lat);
    let mentions = e.mentions.len();
    Some(MapPoint {
        id: e.id.clone(),
        name: e.canonical.clone(),
        x,
        y,
        r: 1.2 + (mentions as f32).sqrt() * 0.9,
        mentions,
        articles: e.docs.len(),
    })
}

/// Every place with coordinates, largest first so small points draw on top.
pub fn points(analysis: &Analysis) -> Vec<MapPoint> {
    let mut out: Vec<MapPoint> = analysis.entities.iter().filter_map(point).collect();
    out.sort_by(|a, b| b.mentions.cmp(&a.mentions).then(a.name.cmp(&b.name)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_core::{analyze, Document};

    #[test]
    fn projection_maps_the_corners_and_clamps() {
        for ((lon, lat), xy) in [
            ((-180.0, 90.0), (0.0, 0.0)),
            ((180.0, -90.0), (360.0, 180.0)),
            ((0.0, 0.0), (180.0, 90.0)),
            ((500.0, 100.0), (360.0, 0.0)),
        ] {
            assert_eq!(project(lon, lat), xy);
        }
    }

    #[test]
    fn counts_read_as_prose() {
        assert_eq!(counts_text(1, 1), "1 mention in 1 article");
        assert_eq!(counts_text(7, 3), "7 mentions in 3 articles");
    }

    #[test]
    fn places_become_points_sized_by_mentions() {
        let a = analyze(vec![Document::parse(
            "a.txt",
            b"An attack in Moscow. Moscow mourned. Kerman too.",
        )]);
        let pts = points(&a);
        let moscow = pts
            .iter()
            .find(|p| p.name == "Moscow")
            .expect("Moscow has coordinates");
        let kerman = pts
            .iter()
            .find(|p| p.name == "Kerman")
            .expect("Kerman has coordinates");
        assert!(
            (moscow.x - (37.6 + 180.0)).abs() < 1.0 && (moscow.y - (90.0 - 55.75)).abs() < 1.0,
            "{moscow:?}"
        );
        assert!(moscow.r > kerman.r, "two mentions draw larger than one");
        assert!(kerman.x > moscow.x, "Kerman lies east of Moscow");
    }
}
