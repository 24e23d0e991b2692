/** The about page's route data: the campaign's figures, as on the home page, and how many profiles are made up. */
import { getCatalog } from './catalog';
import { highlightsOf, type Highlights } from './home';

/** What the about page shows from the content. */
export interface AboutPage {
  highlights: Highlights;
  /** How many published exemplar profiles there are, and how many of them are samples. */
  exemplars: { all: number; samples: number };
}

/** The about page's data. */
export async function getAboutPage(): Promise<AboutPage> {
  const { highlights, exemplars } = await getCatalog();
  return {
    highlights: highlightsOf(highlights),
    exemplars: { all: exemplars.length, samples: exemplars.filter((exemplar) => exemplar.data.sample).length },
  };
}
