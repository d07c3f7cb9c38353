// Side panel entrypoint: mounts the reviewer's full-document check.
import { render } from 'preact'
import { ReviewApp } from '../../components/review/review-app'
import '../../components/review/review.css'

render(<ReviewApp />, document.getElementById('app')!)
